"""Pure data: parties, issues, positions, proposals, phased agreements, scenarios."""
