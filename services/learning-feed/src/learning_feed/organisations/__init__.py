"""The NHS organisation hierarchy (trust -> ICB -> region) as a table SQL can join."""
