# Data files of the evaluation scorers, relative to data/.
list(APPEND TALLY_DATA_FILES
  eval/quantity_units.tsv)
