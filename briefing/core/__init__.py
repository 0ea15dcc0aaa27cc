"""The shared vocabulary of briefing: plain data, errors, sanitising, paths, durable files.

Everything else may import `core`; `core` imports nothing else of briefing (a test holds
this), so the data types mean the same thing in every layer.
"""
