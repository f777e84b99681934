with (
