# Data files of the analyse stage, relative to data/.
list(APPEND TALLY_DATA_FILES)
