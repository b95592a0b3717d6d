# Data files of the entities stage, relative to data/.
list(APPEND TALLY_DATA_FILES
  entities/organisations.tsv
  entities/people.tsv
  entities/translit.tsv)
