"""holdout18 papers: blocks (or raw HTML) next to their labels. All people, numbers and streets invented."""
from papers_a import PAPERS_A
from papers_b import PAPERS_B

PAPERS = PAPERS_A + PAPERS_B
