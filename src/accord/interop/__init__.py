"""Import and export of GENIUS/ANAC domains; the NegMAS adapter."""
