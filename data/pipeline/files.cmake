# Data files of the pipeline stage, relative to data/.
list(APPEND TALLY_DATA_FILES
  pipeline/agents.tsv)
