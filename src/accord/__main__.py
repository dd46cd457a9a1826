"""``python -m accord``: the same CLI as the ``accord`` command (no PATH needed)."""

from accord.cli import main

if __name__ == "__main__":
    main()
