-- ratsdex export schema: one row per document, child tables keyed by documents.id.
CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    path             TEXT NOT NULL UNIQUE,
    drucksache       TEXT,
    doc_type         TEXT,   -- Beschlussvorlage, Mitteilungsvorlage, Ergänzungsvorlage, Antrag, Anfrage,
                             -- Antwort, Stellungnahme, Niederschrift, Einladung, Gesetzentwurf, Schreiben
    doc_type_printed TEXT,
    date             TEXT,   -- YYYY-MM-DD
    year             INTEGER,
    quarter          TEXT,   -- YYYY-Qn
    month            TEXT,   -- YYYY-MM
    title            TEXT,
    public           INTEGER, -- 1 öffentlich, 0 nichtöffentlich, NULL unstated
    department       TEXT,   -- the administrative unit that wrote the paper
    originator       TEXT,   -- who filed it when not the administration (Fraktion, Beirat …)
    answers          TEXT,   -- Antwort / Stellungnahme: the Drucksachen-Nr. it answers
    klimacheck       TEXT,   -- neutral, positive, negative, NULL
    primary_theme    TEXT,
    pages            INTEGER NOT NULL,
    size             INTEGER NOT NULL,
    hash             TEXT NOT NULL,
    duplicate_of     TEXT,
    warnings         TEXT NOT NULL, -- JSON array
    text             TEXT NOT NULL
);
CREATE TABLE consultations (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    position    INTEGER NOT NULL, -- 1-based order in the Beratungsfolge
    committee   TEXT NOT NULL,
    date        TEXT,
    role        TEXT,
    PRIMARY KEY (document_id, position)
);
CREATE TABLE themes (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    theme       TEXT NOT NULL,
    rank        INTEGER NOT NULL, -- 1 = best
    score       REAL,
    PRIMARY KEY (document_id, theme)
);
CREATE TABLE "references" (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    drucksache  TEXT NOT NULL, -- the cited Drucksachen-Nr.
    position    INTEGER NOT NULL
);
CREATE TABLE amounts (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    position    INTEGER NOT NULL,
    value       REAL NOT NULL, -- euros
    text        TEXT NOT NULL
);
CREATE INDEX idx_documents_drucksache ON documents(drucksache);
CREATE INDEX idx_documents_date ON documents(date);
CREATE INDEX idx_documents_doc_type ON documents(doc_type);
CREATE INDEX idx_documents_klimacheck ON documents(klimacheck);
CREATE INDEX idx_documents_department ON documents(department);
CREATE INDEX idx_documents_originator ON documents(originator);
CREATE INDEX idx_documents_hash ON documents(hash);
CREATE INDEX idx_consultations_committee ON consultations(committee);
CREATE INDEX idx_consultations_date ON consultations(date);
CREATE INDEX idx_themes_theme ON themes(theme, rank);
CREATE INDEX idx_references_document ON "references"(document_id);
CREATE INDEX idx_references_drucksache ON "references"(drucksache);
CREATE INDEX idx_amounts_document ON amounts(document_id);
