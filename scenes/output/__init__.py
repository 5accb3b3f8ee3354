"""The output stage: one chapter to a clip (studio), workers and caches, stitching, captions, publishing and the blog kit."""
