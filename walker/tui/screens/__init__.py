"""The app's screens: library, guide, help and confirm."""
