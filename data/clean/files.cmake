# Data files of the clean stage, relative to data/.
list(APPEND TALLY_DATA_FILES clean/residue.tsv)
