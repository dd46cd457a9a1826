"""Utilities, red lines, agreement space, bargaining solutions, deadlock diagnosis."""
