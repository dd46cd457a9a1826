"""The application layer: what the CLI and the web call (drafting scenarios from the store, ...).

Services join the layers below (model, analysis, evidence, store) for one
user-level task each; they hold no presentation.
"""
