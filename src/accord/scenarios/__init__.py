"""Built-in scenario files and the YAML loader."""
