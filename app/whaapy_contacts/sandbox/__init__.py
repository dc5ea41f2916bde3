"""A local Whaapy-compatible server: training mode and the test double everyone talks to."""
