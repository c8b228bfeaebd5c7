"""Git: reading revisions (`gitio`, git run with fixed argument lists) and the semantic
diff model (`diff`: two repositories -> the changes per customer, project and person).
May import reading, rules and the core; never views, renderers, editing or cli (checked by
`lint-imports`); the diff's text, Markdown and JSON are the view's and renderers' job.
"""
