"""The analyse stage: from a response's text to its category, points, references and campaigns."""
