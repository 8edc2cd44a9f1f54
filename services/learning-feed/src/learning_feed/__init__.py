"""Learning-feed: stores classified incidents, aggregates them and alerts subscribers."""
