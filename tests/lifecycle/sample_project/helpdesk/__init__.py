"""A helpdesk application using dixa_client (a sample for the changelog's usage report)."""
