"""All 35 papers of holdout21, in file order."""
from papers_a import PAPERS_A
from papers_b import PAPERS_B

PAPERS = PAPERS_A + PAPERS_B
