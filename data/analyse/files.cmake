# Data files of the analyse stage, relative to data/.
list(APPEND TALLY_DATA_FILES
  analyse/abbreviations.tsv
  analyse/context_words.tsv
  analyse/currencies.tsv
  analyse/day_parts.tsv
  analyse/fractions.tsv
  analyse/holidays.tsv
  analyse/months.tsv
  analyse/number_words.tsv
  analyse/qualifiers.tsv
  analyse/scales.tsv
  analyse/time_words.tsv
  analyse/units.tsv
  analyse/vague.tsv
  analyse/weekdays.tsv)
list(APPEND TALLY_DATA_FILES analyse/fraction_glyphs.tsv)
list(APPEND TALLY_DATA_FILES analyse/number_context.tsv)
