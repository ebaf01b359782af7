-- The internationalisation strategy on the rubric of the demo data (demo/candidate-evidence.csv,
-- shown with the criterion): 3 = a dedicated international-relations office and membership of
-- at least one international city network, 2 = either of them, 1 = takes part in an
-- international programme only. No value where nothing was found ("nothing found" is not
-- "none"); 0 stays for a city known to have none.
update criterion_level set label_es = 'Solo un programa internacional', label_pt = 'Só um programa internacional',
  label_en = 'International programme only'
where ordinal = 1 and criterion_id in (select id from criterion where code = 'INTERNATIONALISATION');
update criterion_level set label_es = 'Oficina de relaciones internacionales o red de ciudades',
  label_pt = 'Escritório de relações internacionais ou rede de cidades',
  label_en = 'International-relations office or city network'
where ordinal = 2 and criterion_id in (select id from criterion where code = 'INTERNATIONALISATION');
insert into criterion_level (criterion_id, ordinal, label_es, label_pt, label_en)
select id, 3, 'Oficina de relaciones internacionales y red de ciudades',
  'Escritório de relações internacionais e rede de cidades', 'International-relations office and city network'
from criterion where code = 'INTERNATIONALISATION'
  and not exists (select 1 from criterion_level l where l.criterion_id = criterion.id and l.ordinal = 3);

-- Values typed on the former scale (0 none, 1 stated, 2 active in networks) keep their number
-- but say so, for someone to review them against the new levels.
update criterion_value
set note = substr(coalesce(note || ' ', '') || '[Escala anterior: 0 ninguna, 1 declarada, 2 activa en redes; revisar.]', 1, 4000)
where criterion_id in (select id from criterion where code = 'INTERNATIONALISATION');
