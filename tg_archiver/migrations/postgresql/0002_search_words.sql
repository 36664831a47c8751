-- Search parity with SQLite (issue 24): the project's own word forms and words, indexed beside
-- the language's vector, so that a search finds on PostgreSQL exactly what it finds on SQLite.
--
-- PostgreSQL's Russian stemmer runs once, where the project's analyser (archive/analysis.py)
-- stems again until the stem stops changing ('Саммит' and 'саммиты' meet only so); its
-- configurations match a quoted phrase by word forms, and a prefix against stems ('securit*'
-- missed 'security', indexed as 'secur'). SQLite indexes the words as written (folded by FTS5's
-- unicode61 tokenizer) and, in a column of their own, the analyser's word forms
-- (posts.search_stems, made in Python at ingest). Here the same two, in one 'simple' vector
-- (no stemming, no stop words: the lexemes are exactly what is given), kept apart by weight:
--   A  the title's words as written, B  the text's, both folded as unicode61 folds them
--      (search_fold below: lower case, 'ё' as 'е', Latin diacritics removed, every run of
--      characters that are not letters or digits a separator);
--   C  the analyser's word forms, posts.search_stems, as SQLite stores them.
-- A search term is then looked up as SQLite's query.py looks it up (store/query_pg.py):
-- a bare word by its words (weights A, B) or its word forms (C); a phrase and a prefix by the
-- words alone; a negated word by its forms. search_vector (the language's stemming) still
-- makes the passages (ts_headline).
--
-- A PostgreSQL archive written before this version gets its posts' word forms from
-- Store.migrate in this same transaction (connection_pg.py: the fill after 0002).

-- translate() walks its whole map for each character, so it runs only on a text holding a
-- Latin letter with a diacritic (U+00E0-U+024F): a third of the fold's time otherwise.
CREATE FUNCTION search_fold(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
        SELECT regexp_replace(
            CASE WHEN folded ~ '[à-ɏ]'
                 THEN translate(folded, 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžſơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳ', 'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzsouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooy')
                 ELSE folded END,
            '[^[:alnum:]]+', ' ', 'g')
          FROM (SELECT translate(lower(t), 'ё', 'е') AS folded) AS lowered
    $$;

ALTER TABLE posts ADD COLUMN search_stems TEXT NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN search_words TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', search_fold(coalesce(title, ''))), 'A')
    || setweight(to_tsvector('simple', search_fold(clean_text)), 'B')
    || setweight(to_tsvector('simple', search_stems), 'C')
) STORED;
CREATE INDEX posts_search_words ON posts USING GIN (search_words);
