"""From news articles to attributed claims, counts and events."""
