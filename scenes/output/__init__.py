"""The output stage, from chapters to what out/ holds.

settings (quality, format and caption names), jobs (RenderJob: one chapter's render as a
value), cache (trained runs and rendered chapters, verified, shared by every --out),
workers (chapters rendered side by side), studio (one chapter to a clip), captions
(subtitle files, burned-in subtitles, GIFs), stitch (clips joined into the full video),
publish (out/ assembled and moved in whole), blogkit (the page and embed snippets),
errors (what the CLI reports, with exit codes).
"""
