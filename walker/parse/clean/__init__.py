"""Cleaning passes over the block list: page furniture and repeated blocks."""
