"""The screens of the app: articles (home), reader, compare, speakers, help and small pickers."""
