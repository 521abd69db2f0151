"""The actions behind the commands: they load guides, read the store and write files.

``walker.render`` turns values into text and never does any of that; these modules gather the
values (from the library, the store, the file system), call a renderer and deliver its text.
"""
