"""Reading any report in three steps, one job each:

- `read`: every figure printed in a report, with what a reader needs to know about it (its
  value and unit, the counted noun and subject, qualifier, time scope, own cut-off date,
  role, channel, breakdown), from prose blocks and table cells alike;
- `label`: which indicator a figure counts, by scored, named rules from the code lists, on
  positive evidence only;
- the fact tables (generator.extract) claim figures from this one set.
"""
