"""The storydiff Textual app: it shows what ``corpus`` computes."""
