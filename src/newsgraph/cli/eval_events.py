"""PLACEHOLDER: commands of this module are registered here by their issue."""
