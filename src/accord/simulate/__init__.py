"""Dynamics, protocols, Monte Carlo and execution backends."""
