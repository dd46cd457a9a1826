"""Views, plots and the self-contained HTML report shared by the CLI and the workbench."""
