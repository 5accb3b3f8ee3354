"""The chapters of the explainer, one module each; each is a leaf (it imports no other chapter)."""
