"""The drawing kit every chapter shares: the narrated base scene, the network diagram, pictures, plots, motion, the theme, and pure readings of the history."""
