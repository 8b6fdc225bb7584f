"""What the filters of the public listings accept; anything else is ignored, never a 500."""

import datetime

# The years a filter may name: those Python can represent in every time zone. Year 0 is no
# date, and year 1 begins (9999 ends) outside datetime's range once Django's __year lookup
# converts its bounds to UTC.
FILTER_YEARS = range(datetime.MINYEAR + 1, datetime.MAXYEAR)
