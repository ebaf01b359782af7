-- Weights are kept as the person typed them (1:1:1 stays 1, 1, 1) and normalised only when a
-- ranking is computed or a percentage shown. Stored weights so far were percentages adding up
-- to 100; as relative weights they mean the same, so they stay as they are.
alter table scoring_model_weight drop constraint scoring_model_weight_ck;
alter table scoring_model_weight alter column weight set data type numeric(22, 10);
alter table scoring_model_weight add constraint scoring_model_weight_ck check (weight >= 0);

-- The plan's model said "four criteria with equal weight" but showed five unequal weights:
-- the first criterion of action 1 (interest in the Mercosur zone) is measured by two
-- indicators, size and port, which share its quarter. Say so (only where the description is
-- still the one shipped).
update scoring_model
set description = 'Los cuatro criterios de la acción 1 del plan de trabajo 2017 pesan lo mismo, 25 % cada uno, porque el plan no fija pesos: 1) interés en la zona Mercosur, medido con dos indicadores que se reparten su 25 % (tamaño de la ciudad 12,5 % y puerto marítimo 12,5 %); 2) estrategia de internacionalización 25 %; 3) prioridades sectoriales vinculadas a las unidades temáticas 25 %; 4) capacidad financiera de asumir la cuota 25 %.'
where name = 'Plan 2017 — acción 1'
  and description = 'Cuatro criterios del plan de trabajo 2017 (acción 1) con igual peso: el plan no fija pesos.';
