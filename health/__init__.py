"""What a load balancer and an operator need from the running site: the liveness and
readiness probes, and the static 503 page while the database is unreachable. Imports no app
of ours (docs/architecture.md, "The import direction")."""
