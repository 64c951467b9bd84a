-- A fact no longer stores its whole sentence: one long sentence with many figures was stored once per
-- figure (storage quadratic in the text). It keeps where the sentence lies in the document and at most
-- 200 characters of it around the figure (SentenceExcerpt). Facts stored earlier keep their sentence and
-- have no span until their document is read again (POST /api/v1/documents/reextract).
alter table fact add column sentence_start integer;
alter table fact add column sentence_end integer;
