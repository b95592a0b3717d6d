# Data files of the claims stage, relative to data/.
list(APPEND TALLY_DATA_FILES)
