"""Small widgets with one job each: the article text, the passage rows, quote lists, the loading bar."""
