<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DfCatchmentsAlgorithm</name>
    <message>
        <location filename="../algorithms/dfalgorithmcatchments.cpp" line="+55"/>
        <source>catchment,service area,isochrone,walking,minutes,meeting place,network,verzorgingsgebied,loopafstand</source>
        <translation>loopgebied,verzorgingsgebied,servicegebied,isochroon,isochrone,lopen,te voet,minuten,looptijd,ontmoetingsplek,netwerk,stratennetwerk,loopafstand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The area within 5, 10 and 15 minutes&apos; walk of each facility, following the streets.</source>
        <translation>Het gebied binnen 5, 10 en 15 minuten lopen van elke voorziening, gemeten langs de straten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;For each facility (or, dissolved, for all facilities of a kind together) the streets within each walking time, cut exactly where the time runs out along every street, and widened by the frontage distance into an area for the map: homes within that distance of a reachable stretch of street are inside.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output fields&lt;/b&gt;: &lt;i&gt;facility_id&lt;/i&gt; (empty when dissolved), &lt;i&gt;category&lt;/i&gt;, &lt;i&gt;minutes&lt;/i&gt;, &lt;i&gt;reach_m&lt;/i&gt; (the walking distance the minutes stand for, connector to the facility included), &lt;i&gt;street_m&lt;/i&gt; (metres of street within reach), &lt;i&gt;area_m2&lt;/i&gt;. The longest walk comes first, so shorter walks draw on top.&lt;/p&gt;&lt;p&gt;A longer walking time never gives a smaller catchment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bepaalt per voorziening (of, samengevoegd, voor alle voorzieningen van een soort samen) de straten binnen elke looptijd, precies afgekapt waar de tijd langs elke straat op is, en verbreedt die met de diepte vanaf de straat tot een gebied voor op de kaart: woningen binnen die afstand van een bereikbaar stuk straat vallen erbinnen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoervelden&lt;/b&gt;: &lt;i&gt;facility_id&lt;/i&gt; (leeg bij samenvoegen), &lt;i&gt;category&lt;/i&gt;, &lt;i&gt;minutes&lt;/i&gt;, &lt;i&gt;reach_m&lt;/i&gt; (de loopafstand die bij het aantal minuten hoort, inclusief de verbinding van de voorziening naar de straat), &lt;i&gt;street_m&lt;/i&gt; (meters straat binnen bereik), &lt;i&gt;area_m2&lt;/i&gt;. De langste looptijd komt eerst, zodat kortere looptijden erbovenop worden getekend.&lt;/p&gt;&lt;p&gt;Een langere looptijd geeft nooit een kleiner loopgebied.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Walking times (TIMES) &quot;%1&quot; is ambiguous: %2.%3 minutes, or the times %2 and %3? Write decimals with a point (%2.%3) and separate times with a comma and a space or a semicolon (%2, %3 or 5; 10; 15).</source>
        <translation>De waarde &quot;%1&quot; van Looptijden (TIMES) is dubbelzinnig: bedoelt u %2.%3 minuten, of de looptijden %2 en %3? Schrijf decimalen met een punt (%2.%3) en scheid looptijden met een komma en een spatie of met een puntkomma (%2, %3 of 5; 10; 15).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Walking times: &quot;%1&quot; is not a positive number of minutes (write e.g. 5, 10, 15).</source>
        <translation>Looptijden: &quot;%1&quot; is geen positief aantal minuten (schrijf bijvoorbeeld 5, 10, 15).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Walking times: give at least one number of minutes, e.g. 5, 10, 15.</source>
        <translation>Looptijden: geef ten minste één aantal minuten op, bijvoorbeeld 5, 10, 15.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Walking times (TIMES): %1 different times given, at most %2 are allowed (one catchment per facility and time).</source>
        <translation>Looptijden (TIMES): %1 verschillende looptijden opgegeven, maximaal %2 toegestaan (één loopgebied per voorziening en looptijd).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Walking times (minutes)</source>
        <translation>Looptijden (minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One catchment per time, separated by a comma and a space or by semicolons, e.g. 5, 10, 15; decimals with a point (7.5); two numbers joined by a bare comma (7,5) are refused as ambiguous; at most 12 times. At 0.8 m/s 5, 10 and 15 minutes are 240, 480 and 720 m.</source>
        <translation>Eén verzorgingsgebied per looptijd, gescheiden door een komma en een spatie of door puntkomma&apos;s, bijv. 5, 10, 15; decimalen met een punt (7.5); twee getallen met alleen een komma ertussen (7,5) worden als dubbelzinnig geweigerd; maximaal 12 looptijden. Bij 0,8 m/s zijn 5, 10 en 15 minuten 240, 480 en 720 m.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One catchment per kind</source>
        <translation>Eén verzorgingsgebied per soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of one per facility: the area within the time of any facility of the kind, from one search.</source>
        <translation>In plaats van één per voorziening: het gebied binnen de tijd van een voorziening van de soort, uit één zoektocht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frontage distance (m)</source>
        <translation>Voortuinafstand (m)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far from a reachable street the catchment reaches: homes this close to the street are inside. About the depth of a front garden plus a house.</source>
        <translation>Hoe ver het loopgebied vanaf een bereikbare straat reikt: woningen die zo dicht bij de straat liggen, vallen erbinnen. Ongeveer de diepte van een voortuin plus een huis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+135"/>
        <location filename="../algorithms/dfalgorithmcatchments.h" line="+14"/>
        <source>Walking catchments</source>
        <translation>Loopgebieden</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Number of catchments</source>
        <translation>Aantal loopgebieden</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 catchment(s) are empty: their facility is farther than the maximum distance from a walkable street.</source>
        <translation>%1 loopgebied(en) leeg: de voorziening ligt verder van een beloopbare straat dan de maximale afstand tot het stratennetwerk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 catchment(s) for %2 minutes.</source>
        <translation>%1 loopgebied(en) voor %2 minuten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Street network: %1; walking times %2 minutes at %3 m/s; frontage %4 m; %5.</source>
        <translation>Stratennetwerk: %1; looptijden %2 minuten bij %3 m/s; diepte vanaf de straat %4 m; %5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dissolved per facility kind</source>
        <translation>samengevoegd per soort voorziening</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one per facility</source>
        <translation>één per voorziening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking accessibility</source>
        <translation>bereikbaarheid te voet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>catchment</source>
        <translation>loopgebied</translation>
    </message>
</context>
<context>
    <name>DfCoverageAlgorithm</name>
    <message>
        <location filename="../algorithms/dfalgorithmcoverage.cpp" line="+53"/>
        <source>coverage,walking,meeting place,target,80 %,dementia,buurt,share,dekking,ontmoetingsplek</source>
        <translation>dekking,lopen,te voet,looptijd,ontmoetingsplek,ontmoetingscentrum,streefwaarde,doel,80 %,dementie,buurt,aandeel,bereikbaarheid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Per area, the number and share of people (or homes) within a walking time of a facility.</source>
        <translation>Per gebied het aantal en het aandeel mensen (of woningen) binnen een bepaalde looptijd van een voorziening.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+126"/>
        <location filename="../algorithms/dfalgorithmcoverage.h" line="+14"/>
        <source>Coverage per area</source>
        <translation>Dekking per gebied</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Share within the walking time (%)</source>
        <translation>Aandeel binnen de looptijd (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total weight in the areas</source>
        <translation>Totaal gewicht in de gebieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight within the walking time</source>
        <translation>Gewicht binnen de looptijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target met</source>
        <translation>Streefwaarde gehaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Areas below the target</source>
        <translation>Gebieden onder de streefwaarde</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&lt;p&gt;Counts, per area (buurt, grid cell, gemeente), the weighted origins within the walking time of the nearest facility of one kind, and the share of the whole. The weight can be people with dementia living at home (&lt;i&gt;dem_home&lt;/i&gt; from &lt;i&gt;Estimate people with dementia&lt;/i&gt;), inhabitants aged 75+, or 1 per home when no weight field is chosen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facility kind&lt;/b&gt;: meeting_place unless you choose another; its Dutch and OpenStreetMap names (ontmoetingsplek, buurthuis, community_centre, …) count as the same kind, and the log lists the values counted and not counted with their numbers. With a kind field the kind must not be empty: counting every facility, benches included, would report the target met where it is not. Without a kind field every facility in the layer counts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Origins&lt;/b&gt; may be address points or areas. An area&apos;s weight is spread evenly over the addresses inside it (when an address layer is given), so that each home counts with its own walk; otherwise it is placed on a point on the area&apos;s surface. Weights that are secret, missing or negative (CBS codes) are left out and counted in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output fields&lt;/b&gt;: &lt;i&gt;cov_weight&lt;/i&gt; total weight in the area, &lt;i&gt;cov_within&lt;/i&gt; the part within the walking time, &lt;i&gt;cov_gap&lt;/i&gt; the part beyond it, &lt;i&gt;cov_share&lt;/i&gt; the percentage within (empty for an area without weight), &lt;i&gt;cov_points&lt;/i&gt; the origin points counted. The share for all areas together is an output of the algorithm, set against the target (by default 80 %: the National Dementia Strategy&apos;s aim for people with dementia living at home near a meeting centre).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Telt per gebied (buurt, rastercel, gemeente) de gewogen herkomsten binnen de looptijd van de dichtstbijzijnde voorziening van één soort, en het aandeel van het geheel. Het gewicht kan het aantal thuiswonende mensen met dementie zijn (&lt;i&gt;dem_home&lt;/i&gt; uit &lt;i&gt;Aantal mensen met dementie schatten&lt;/i&gt;), de inwoners van 75+, of 1 per woning als geen gewichtsveld is gekozen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Soort voorziening&lt;/b&gt;: meeting_place, tenzij u een andere kiest; de Nederlandse en OpenStreetMap-namen (ontmoetingsplek, buurthuis, community_centre, …) tellen als dezelfde soort, en het logboek noemt de getelde en niet-getelde waarden met hun aantallen. Met een soortveld mag de soort niet leeg zijn: alle voorzieningen tellen, ook bankjes, zou het doel gehaald noemen waar het dat niet is. Zonder soortveld telt elke voorziening in de laag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Herkomsten&lt;/b&gt; kunnen adrespunten of gebieden zijn. Het gewicht van een gebied wordt gelijk verdeeld over de adressen erin (als een adressenlaag is gegeven), zodat elke woning met haar eigen looproute meetelt; anders komt het op een punt binnen het gebied. Gewichten die geheim, leeg of negatief zijn (CBS-codes) vallen weg en worden in het logboek geteld.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoervelden&lt;/b&gt;: &lt;i&gt;cov_weight&lt;/i&gt; het totale gewicht in het gebied, &lt;i&gt;cov_within&lt;/i&gt; het deel binnen de looptijd, &lt;i&gt;cov_gap&lt;/i&gt; het deel daarbuiten, &lt;i&gt;cov_share&lt;/i&gt; het percentage binnen de looptijd (leeg voor een gebied zonder gewicht), &lt;i&gt;cov_points&lt;/i&gt; de getelde herkomstpunten. Het aandeel voor alle gebieden samen is een uitvoer van het algoritme, afgezet tegen de streefwaarde (standaard 80 %: het doel van de Nationale Dementiestrategie voor thuiswonende mensen met dementie nabij een ontmoetingscentrum).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Areas (buurten, grid cells)</source>
        <translation>Gebieden (buurten, rastercellen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origins (people to count)</source>
        <translation>Herkomsten (te tellen mensen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility kind to count</source>
        <translation>Te tellen soort voorziening</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Within %1 minutes&apos; walk (%2 m) of %3: %4 % (%5 of %6); target %7 %: %8. %9 of the %10 area(s) with people to count are below the target.</source>
        <translation>Binnen %1 minuten lopen (%2 m) van %3: %4 % (%5 van %6); streefwaarde %7 %: %8. %9 van de %10 gebied(en) met te tellen mensen onder de streefwaarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not met</source>
        <translation>niet gehaald</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 origin point(s) with a weight of %2 lie outside every area of &quot;%3&quot; and are not counted.</source>
        <translation>%1 herkomstpunt(en) met een gewicht van %2 buiten alle gebieden van &quot;%3&quot;: niet meegeteld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No one to count in this area</source>
        <translation>Geen te tellen mensen in dit gebied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Areas: %1; origins: %2 weighted by %3; facilities: %4 within %5 minutes at %6 m/s; street network: %7.</source>
        <translation>Gebieden: %1; herkomsten: %2, gewogen met %3; voorzieningen: %4 binnen %5 minuten bij %6 m/s; stratennetwerk: %7.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 per origin</source>
        <translation>1 per herkomst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All areas: %1 % within reach; target %2 %.</source>
        <translation>Alle gebieden: %1 % binnen bereik; streefwaarde %2 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking accessibility</source>
        <translation>bereikbaarheid te voet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coverage</source>
        <translation>dekking</translation>
    </message>
</context>
<context>
    <name>DfDataSafety</name>
    <message>
        <location filename="../algorithms/dfdatasafety.cpp" line="+44"/>
        <source>&quot;%1&quot;, layer &quot;%2&quot;</source>
        <translation>&quot;%1&quot;, laag &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>%1 (%2): the folder &quot;%3&quot; does not exist. Create it first or choose another folder.</source>
        <translation>%1 (%2): de map &quot;%3&quot; bestaat niet. Maak de map eerst aan of kies een andere map.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2): the file or its folder &quot;%3&quot; cannot be written. Choose another folder.</source>
        <translation>%1 (%2): geen schrijfrechten op het bestand of op de map &quot;%3&quot; waarin het staat. Kies een andere map.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) is a folder, not a file. Choose a file name.</source>
        <translation>%1 (%2) is een map, geen bestand. Kies een bestandsnaam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): the file exists but cannot be read as a GeoPackage, so what it holds is unknown; it is not replaced. Choose another file, or remove it first.</source>
        <translation>%1 (%2): het bestand bestaat al, maar kan niet als GeoPackage worden gelezen; wat erin staat is dus onbekend en het wordt niet vervangen. Kies een ander bestand of verwijder het eerst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) would replace the whole file, which holds other data (layers %3). Name a new layer in it (Save to GeoPackage in the dialog; ogr:dbname=&apos;%4&apos; table=&quot;name&quot; on the command line) or choose another file.</source>
        <translation>%1 (%2) zou het hele bestand vervangen, terwijl daarin andere gegevens staan (lagen %3). Geef een nieuwe laag in dat bestand op (in het dialoogvenster met Opslaan naar GeoPackage; op de opdrachtregel met ogr:dbname=&apos;%4&apos; table=&quot;name&quot;) of kies een ander bestand.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2) would write over the input %3 (%4). Choose another file, or another layer name in the GeoPackage, for %1.</source>
        <translation>%1 (%2) zou de invoer %3 (%4) overschrijven. Kies voor %1 een ander bestand, of een andere laagnaam in de GeoPackage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) and %3 (%4) write to the same place: one would destroy the other. Choose a different file, or different layer names in one GeoPackage.</source>
        <translation>%1 (%2) en %3 (%4) schrijven naar dezelfde plek: de ene uitvoer zou de andere overschrijven. Kies een ander bestand, of verschillende laagnamen in één GeoPackage.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2): the Shapefile/dBase format cuts field names to 10 characters, and %3 of the output&apos;s field names are longer (%4): they would be renamed, and the styles, the report and models would miss them. Write a GeoPackage (.gpkg) instead.</source>
        <translation>%1 (%2): de bestandsindeling Shapefile/dBase kort veldnamen in tot 10 tekens. Langere veldnamen in de uitvoer: %3 (%4). Die zouden worden hernoemd, waarna de stijlen, het rapport en modellen ze niet meer vinden. Schrijf in plaats daarvan naar een GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: cannot create the folder &quot;%2&quot; for the output while it is written.</source>
        <translation>%1: kan de tijdelijke map &quot;%2&quot; niet aanmaken, waarin de uitvoer tijdens het schrijven staat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: could not create the output %2.</source>
        <translation>%1: kon de uitvoer %2 niet aanmaken.</translation>
    </message>
</context>
<context>
    <name>DfEstimateDementiaAlgorithm</name>
    <message>
        <location filename="../algorithms/dfalgorithmestimatedementia.cpp" line="+102"/>
        <source>dementia,prevalence,population,CBS,buurt,wijk,vierkant,grid,ageing,65+,Alzheimer,need</source>
        <translation>dementie,prevalentie,bevolking,inwoners,CBS,buurt,wijk,vierkant,grid,vergrijzing,65+,65-plussers,ouderen,Alzheimer,behoefte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected number of people with dementia per area, from CBS age groups or a register extract.</source>
        <translation>Verwacht aantal mensen met dementie per gebied, op basis van CBS-leeftijdsgroepen of een registerbestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Estimates the number of people with dementia in every feature of the input (buurten, wijken, CBS 100 m grid cells, register extracts) by applying age-specific prevalence rates to the population.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input layouts&lt;/b&gt; are recognised by their field names: CBS wijk- en buurtkaart 2019 and later (&lt;i&gt;aantal_inwoners × percentage_personen_65_jaar_en_ouder&lt;/i&gt;) and 2018 and earlier (&lt;i&gt;AANT_INW × P_65_EO_JR&lt;/i&gt;), CBS Kerncijfers (&lt;i&gt;k_65JaarOfOuder_…&lt;/i&gt;), CBS vierkantstatistieken 2017+ (&lt;i&gt;aantal_inwoners_65_jaar_en_ouder&lt;/i&gt;) and 2015 (&lt;i&gt;INW_65PL&lt;/i&gt;), and register extracts with 5-year bands (&lt;i&gt;men_65_69 … women_90_plus&lt;/i&gt; or &lt;i&gt;age_65_69 … age_90_plus&lt;/i&gt;). The log says which layout and fields were used; the fields can also be chosen under Advanced parameters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Routes&lt;/b&gt;: fine bands are rated directly; a 65+ count is split into bands with the 65+ age mix (national default: CBS 1 January 2024), then rated; or a flat share of 65+.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output fields&lt;/b&gt;: &lt;i&gt;dem_est&lt;/i&gt; expected people with dementia; &lt;i&gt;dem_low&lt;/i&gt;, &lt;i&gt;dem_high&lt;/i&gt; an uncertainty band (rate margin, CBS percentage rounding and the 95 % Poisson scatter of a small area); &lt;i&gt;dem_home&lt;/i&gt; living at home; &lt;i&gt;pop65_used&lt;/i&gt;; &lt;i&gt;dem_method&lt;/i&gt; the route; &lt;i&gt;dem_flag&lt;/i&gt; why a value is missing. CBS secrecy codes (-99997, -99999999), -99995, negative numbers, nulls and text never become people: the estimate is then empty and &lt;i&gt;dem_flag&lt;/i&gt; names the field and value.&lt;/p&gt;&lt;p&gt;Estimates for small areas are expectations, not counts: show them with their band.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schat het aantal mensen met dementie in elk object van de invoer (buurten, wijken, CBS-vierkanten van 100 m, registerbestanden) door leeftijdsspecifieke prevalentiecijfers toe te passen op de bevolking.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Invoerindelingen&lt;/b&gt; worden herkend aan hun veldnamen: CBS wijk- en buurtkaart 2019 en later (&lt;i&gt;aantal_inwoners × percentage_personen_65_jaar_en_ouder&lt;/i&gt;) en 2018 en eerder (&lt;i&gt;AANT_INW × P_65_EO_JR&lt;/i&gt;), CBS Kerncijfers (&lt;i&gt;k_65JaarOfOuder_…&lt;/i&gt;), CBS vierkantstatistieken 2017+ (&lt;i&gt;aantal_inwoners_65_jaar_en_ouder&lt;/i&gt;) en 2015 (&lt;i&gt;INW_65PL&lt;/i&gt;), en registerbestanden met leeftijdsklassen van 5 jaar (&lt;i&gt;men_65_69 … women_90_plus&lt;/i&gt; of &lt;i&gt;age_65_69 … age_90_plus&lt;/i&gt;). Het log vermeldt welke indeling en welke velden zijn gebruikt; de velden kunnen ook worden gekozen onder Geavanceerde parameters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rekenroutes&lt;/b&gt;: fijne leeftijdsklassen krijgen direct hun prevalentiecijfer; een aantal 65-plussers wordt eerst met de leeftijdsopbouw van de 65-plussers over leeftijdsklassen verdeeld (landelijke standaard: CBS 1 januari 2024) en dan doorgerekend; of een vast aandeel van de 65-plussers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoervelden&lt;/b&gt;: &lt;i&gt;dem_est&lt;/i&gt; verwacht aantal mensen met dementie; &lt;i&gt;dem_low&lt;/i&gt;, &lt;i&gt;dem_high&lt;/i&gt; een onzekerheidsmarge (marge op de prevalentiecijfers, afronding van CBS-percentages en de 95%-Poissonspreiding van een klein gebied); &lt;i&gt;dem_home&lt;/i&gt; thuiswonend; &lt;i&gt;pop65_used&lt;/i&gt; gebruikt aantal 65-plussers; &lt;i&gt;dem_method&lt;/i&gt; de rekenroute; &lt;i&gt;dem_flag&lt;/i&gt; waarom een waarde ontbreekt. CBS-geheimhoudingscodes (-99997, -99999999), -99995, negatieve getallen, lege waarden (NULL) en tekst worden nooit als mensen geteld: de schatting blijft dan leeg en &lt;i&gt;dem_flag&lt;/i&gt; noemt het veld en de waarde.&lt;/p&gt;&lt;p&gt;Schattingen voor kleine gebieden zijn verwachtingswaarden, geen tellingen: toon ze altijd met hun onzekerheidsmarge.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Areas or records with population by age</source>
        <translation>Gebieden of records met bevolking naar leeftijd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prevalence rates</source>
        <translation>Prevalentiecijfers</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Custom rate table</source>
        <translation>Eigen prevalentietabel</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+11"/>
        <source>Age from</source>
        <translation>Leeftijd van</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Age to (empty = and older)</source>
        <translation>Leeftijd t/m (leeg = en ouder)</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Men %</source>
        <translation>Mannen %</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Women %</source>
        <translation>Vrouwen %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How a 65+ count is split over age bands and sexes; the shares add up to 100. Empty: the Netherlands on 1 January 2024 (CBS 03759ned). Use your municipality&apos;s figures for a better estimate.</source>
        <translation>Hoe een aantal 65-plussers wordt verdeeld over leeftijdsklassen en geslacht; de aandelen tellen op tot 100. Leeg: Nederland op 1 januari 2024 (CBS 03759ned). Gebruik de cijfers van uw eigen gemeente voor een betere schatting.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Used with the percentage field.</source>
        <translation>Wordt samen met het percentageveld gebruikt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Share living at home (%)</source>
        <translation>Aandeel thuiswonend (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 68 % of people with dementia in the Netherlands live at home (Vektis 2020).</source>
        <translation>Ongeveer 68 % van de mensen met dementie in Nederland woont thuis (Vektis 2020).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty of the rates (± %)</source>
        <translation>Onzekerheid van de prevalentiecijfers (± %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative margin on the prevalence rates for dem_low and dem_high. 15 % is a judgement, not a published figure; 0 leaves only the scatter of small numbers.</source>
        <translation>Relatieve marge op de prevalentiecijfers voor dem_low en dem_high. 15 % is een inschatting, geen gepubliceerd cijfer; bij 0 blijft alleen de toevalsspreiding van kleine aantallen over.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trend per decade is applied over this many years.</source>
        <translation>De trend per tien jaar wordt over dit aantal jaren toegepast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+294"/>
        <source>Estimated people with dementia</source>
        <translation>Geschat aantal mensen met dementie</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Total expected people with dementia</source>
        <translation>Totaal verwacht aantal mensen met dementie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total living at home</source>
        <translation>Totaal thuiswonend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total population 65+ used</source>
        <translation>Totaal gebruikt aantal 65-plussers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features with an estimate</source>
        <translation>Objecten met een schatting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features without an estimate</source>
        <translation>Objecten zonder schatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised input layout</source>
        <translation>Herkende invoerindeling</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>%1, row %2: expected an age from, an age to (empty for &quot;and older&quot;) and two numbers.</source>
        <translation>%1, rij %2: verwacht een leeftijd van, een leeftijd t/m (leeg voor &quot;en ouder&quot;) en twee getallen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+115"/>
        <source>Alzheimer Europe 2019</source>
        <translation>Alzheimer Europe 2019</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+115"/>
        <source>Flat share of 65+</source>
        <translation>Vast aandeel van 65+</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+116"/>
        <source>Custom table</source>
        <translation>Eigen tabel</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Alzheimer Europe 2019: rates by sex and 5-year age band; uses neither the flat rate nor the custom table. Flat share of 65+: uses only &quot;Flat preset: % of 65+&quot;. Custom table: uses only &quot;Custom preset: rate table&quot;. Both are under Advanced parameters; a value there that the chosen preset does not use is refused, so that nobody believes it applied.</source>
        <translation>Alzheimer Europe 2019: cijfers naar geslacht en leeftijdsklasse van 5 jaar; gebruikt het vaste percentage en de eigen tabel niet. Vast aandeel van 65+: gebruikt alleen &quot;Vast aandeel: % van 65+&quot;. Eigen tabel: gebruikt alleen &quot;Eigen tabel: prevalentietabel&quot;. Beide staan onder Geavanceerde parameters; een waarde daar die de gekozen set niet gebruikt, wordt geweigerd, zodat niemand denkt dat ze is toegepast.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flat preset: % of 65+</source>
        <translation>Vast aandeel: % van 65+</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only with the preset &quot;Flat share of 65+&quot;: a little over 8 % of people aged 65 and over have dementia (Alzheimer Nederland). Leave it at 8 with the other presets.</source>
        <translation>Alleen bij de set &quot;Vast aandeel van 65+&quot;: iets meer dan 8 % van de 65-plussers heeft dementie (Alzheimer Nederland). Laat het op 8 staan bij de andere sets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom preset: rate table</source>
        <translation>Eigen tabel: prevalentietabel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only with the preset &quot;Custom table&quot; (% with dementia): one row per age band, e.g. 65, 69, 1.8, 1.4 and 90, , 29.2, 44.4. Leave it empty with the other presets.</source>
        <translation>Alleen bij de set &quot;Eigen tabel&quot; (% met dementie): één rij per leeftijdsklasse, bijv. 65, 69, 1.8, 1.4 en 90, , 29.2, 44.4. Laat het leeg bij de andere sets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age mix of the 65+ (% of all 65+)</source>
        <translation>Leeftijdsopbouw van de 65+ (% van alle 65+)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Field: people aged 65+</source>
        <translation>Veld: personen van 65+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of people aged 65 and over; overrides the automatic recognition of the input layout.</source>
        <translation>Het aantal inwoners van 65 jaar en ouder; gaat voor de automatische herkenning van de invoerindeling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field: % aged 65+</source>
        <translation>Veld: % 65+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The percentage aged 65 and over, instead of the automatic recognition; needs the inhabitants field too.</source>
        <translation>Het percentage 65 jaar en ouder, in plaats van de automatische herkenning; vraagt ook het veld met inwoners.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field: inhabitants</source>
        <translation>Veld: inwoners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field: in nursing homes</source>
        <translation>Veld: in verpleeghuizen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Projection: growth factor</source>
        <translation>Projectie: groeifactor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth factor of the older population; 1 = the year of the data. Use the growth of the oldest groups, which hold most cases: the number of people with dementia in the Netherlands is expected to grow about 1.7 times from 2024 to 2040, as does the 80+ population.</source>
        <translation>Groeifactor van de oudere bevolking; 1 = het jaar van de gegevens. Gebruik de groei van de oudste groepen, waarin de meeste mensen met dementie vallen: het aantal mensen met dementie in Nederland groeit naar verwachting ongeveer 1,7 keer van 2024 tot 2040, net als het aantal 80-plussers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projection: trend per decade (%)</source>
        <translation>Projectie: trend per decennium (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend in prevalence per decade. For example -13: Brück et al. (2022) found age-specific incidence falling by 13 % per decade; applied here to prevalence as an approximation.</source>
        <translation>Trend in de prevalentie per decennium. Bijvoorbeeld -13: Brück e.a. (2022) vonden dat de leeftijdsspecifieke incidentie met 13 % per decennium daalt; hier bij benadering toegepast op de prevalentie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projection: years ahead</source>
        <translation>Projectie: jaren vooruit</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The flat rate (FLAT_RATE) is %1 %, but the preset &quot;%2&quot; does not use it: choose the preset &quot;%3&quot; to apply it, or set the rate back to %4.</source>
        <translation>Het vaste percentage (FLAT_RATE) is %1 %, maar de voorinstelling &quot;%2&quot; gebruikt het niet: kies de voorinstelling &quot;%3&quot; om het toe te passen, of zet het percentage terug op %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The custom rate table (RATE_TABLE) is filled in, but the preset &quot;%1&quot; does not use it: choose the preset &quot;%2&quot; to apply it, or empty the table.</source>
        <translation>De eigen prevalentietabel (RATE_TABLE) is ingevuld, maar de voorinstelling &quot;%1&quot; gebruikt hem niet: kies de voorinstelling &quot;%2&quot; om hem toe te passen, of maak de tabel leeg.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The custom rate table (RATE_TABLE) is empty; fill it in or choose another preset.</source>
        <translation>De eigen prevalentietabel (RATE_TABLE) is leeg; vul deze in of kies andere prevalentiecijfers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Age mix</source>
        <translation>Leeftijdsopbouw</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid settings: %1.</source>
        <translation>Ongeldige instellingen: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+58"/>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>Laag &quot;%1&quot; heeft geen veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>A percentage of 65+ needs the number of inhabitants: choose the inhabitants field (INHABITANTS_FIELD) of layer &quot;%1&quot;.</source>
        <translation>Bij een percentage 65-plussers is ook het aantal inwoners nodig: kies het veld met het aantal inwoners (INHABITANTS_FIELD) van laag &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layer &quot;%1&quot; has no population fields that this algorithm recognises. %2 Or choose the fields under Advanced parameters.</source>
        <translation>Laag &quot;%1&quot; heeft geen bevolkingsvelden die dit algoritme herkent. %2 Of kies de velden onder Geavanceerde parameters.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Layer &quot;%1&quot;: recognised as %2.</source>
        <translation>Laag &quot;%1&quot;: herkend als %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields used: %1.</source>
        <translation>Gebruikte velden: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <source>Rates: flat %1 % of the 65+ population.</source>
        <translation>Prevalentie: vast aandeel van %1 % van de 65-plussers.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The input field &quot;%1&quot; is replaced by the new estimate.</source>
        <translation>Het invoerveld &quot;%1&quot; wordt vervangen door de nieuwe schatting.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cancelled: the incomplete output was removed.</source>
        <translation>Geannuleerd: de onvolledige uitvoer is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n feature(s) without an estimate: %1.</source>
        <translation>
            <numerusform>%n object zonder schatting: %1.</numerusform>
            <numerusform>%n objecten zonder schatting: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n feature(s) have no geometry; they are estimated but will not show on a map.</source>
        <translation>
            <numerusform>%n object heeft geen geometrie; het is wel geschat, maar wordt niet op een kaart getoond.</numerusform>
            <numerusform>%n objecten hebben geen geometrie; ze zijn wel geschat, maar worden niet op een kaart getoond.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Estimated with the QGIS plugin Dementia-friendly neighbourhoods %1, algorithm dementiafriendly:estimatedementia, on %2.</source>
        <translation>Geschat met de QGIS-plug-in Dementievriendelijke buurten %1, algoritme dementiafriendly:estimatedementia, op %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input: %1, recognised as %2; fields used: %3.</source>
        <translation>Invoer: %1, herkend als %2; gebruikte velden: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rates: %1. Source: %2.</source>
        <translation>Prevalentiecijfers: %1. Bron: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age mix of the 65+: %1.</source>
        <translation>Leeftijdsopbouw van de 65-plussers: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share living at home: %1 %; rate margin ± %2 %; projection factor %3 (population %4, trend %5 % per decade over %6 years).</source>
        <translation>Aandeel thuiswonend: %1 %; marge op de prevalentiecijfers ± %2 %; prognosefactor %3 (bevolking %4, trend %5 % per tien jaar over %6 jaar).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dementia</source>
        <translation>dementie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prevalence</source>
        <translation>prevalentie</translation>
    </message>
    <message>
        <location filename="../algorithms/dfalgorithmestimatedementia.h" line="+28"/>
        <source>Estimate people with dementia</source>
        <translation>Aantal mensen met dementie schatten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <location filename="../algorithms/dfalgorithmestimatedementia.cpp" line="-355"/>
        <source>People with dementia living in nursing homes in the area, e.g. the occupied psychogeriatric places; subtracted from the estimate to give those living at home. Where empty, the share living at home is applied.</source>
        <translation>Mensen met dementie die in een verpleeghuis in het gebied wonen, bijvoorbeeld de bezette psychogeriatrische plaatsen; ze worden van de schatting afgetrokken om het aantal thuiswonenden te krijgen. Waar het veld leeg is, wordt het aandeel thuiswonend toegepast.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Rates: %1 (source: &quot;%2&quot;).</source>
        <translation>Prevalentiecijfers: %1 (bron: &quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Expected people with dementia: %1, of whom %2 living at home.</source>
        <translation>Verwacht aantal mensen met dementie: %1, van wie %2 thuiswonend.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n feature(s) with an estimate.</source>
        <translation>
            <numerusform>%n object met een schatting.</numerusform>
            <numerusform>%n objecten met een schatting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n feature(s) without an estimate.</source>
        <translation>
            <numerusform>%n object zonder schatting.</numerusform>
            <numerusform>%n objecten zonder schatting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DfHousingOpportunitiesAlgorithm</name>
    <message>
        <location filename="../algorithms/dfalgorithmhousingopportunities.cpp" line="+95"/>
        <source>housing,site,Thuisplusflat,clustered,wonen met een plus,senior housing,ranking,woningbouw,geclusterde woonvorm,afwegingskader</source>
        <translation>wonen,woonlocatie,kansrijke woonlocatie,locatie,kandidaatlocatie,Thuisplusflat,geclusterde woonvorm,wonen met een plus,woonconcept,seniorenwoningen,ouderenhuisvesting,rangorde,woningbouw,woningcorporatie,afwegingskader,dementie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ranks candidate buildings and plots for Thuisplusflats, clustered senior housing and wonen met een plus, showing per criterion whether it is met and why.</source>
        <translation>Rangschikt kandidaatgebouwen en -kavels voor Thuisplusflats, geclusterde woonvormen voor ouderen en wonen met een plus, en laat per criterium zien of eraan is voldaan en waarom.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Candidate sites (buildings, complexes, plots)</source>
        <translation>Kandidaatlocaties (gebouwen, complexen, kavels)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing buildings or complexes and vacant plots, with their type, homes, storeys, lift, ownership and shared space.</source>
        <translation>Bestaande gebouwen of complexen en lege kavels, met hun type, woningen, bouwlagen, lift, eigendom en gemeenschappelijke ruimte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site type (field)</source>
        <translation>Type locatie (veld)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Homes (field)</source>
        <translation>Woningen (veld)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty: homes or woningen.</source>
        <translation>Leeg: homes of woningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units (field)</source>
        <translation>Wooneenheden (veld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: units; an existing site without uses its homes.</source>
        <translation>Leeg: units; een bestaande locatie zonder dit veld gebruikt haar aantal woningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storeys (field)</source>
        <translation>Bouwlagen (veld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: storeys, b3_bouwlagen or bouwlagen.</source>
        <translation>Leeg: storeys, b3_bouwlagen of bouwlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift, 1 or 0 (field)</source>
        <translation>Lift, 1 of 0 (veld)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty: lift.</source>
        <translation>Leeg: lift.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned by a housing corporation, 1 or 0 (field)</source>
        <translation>In bezit van een woningcorporatie, 1 of 0 (veld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: corporation_owned, eigenaar_corporatie or corporatie.</source>
        <translation>Leeg: corporation_owned, eigenaar_corporatie of corporatie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared space or room for one, 1 or 0 (field)</source>
        <translation>Gemeenschappelijke ruimte of plaats om er een te maken, 1 of 0 (veld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: shared_space or gemeenschappelijke_ruimte.</source>
        <translation>Leeg: shared_space of gemeenschappelijke_ruimte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site id field</source>
        <translation>Id-veld van de locaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names the sites in the log and the best-site output. Empty: the feature id.</source>
        <translation>Geeft de locaties een naam in het log en in de uitvoer met de beste locaties. Leeg: het object-id.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Urgency field</source>
        <translation>Veld met de urgentie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The urgency 0-100 of the areas: urgency from Dementia-friendly neighbourhood score.</source>
        <translation>De urgentie 0-100 van de gebieden: urgency uit Buurtscore dementievriendelijkheid.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Housing-site profile (.dfsites)</source>
        <translation>Profiel voor woonlocaties (.dfsites)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concepts, gates, criteria, thresholds and weights. Empty: the default, a copy of which is profiles/housing.dfsites in the plugin folder.</source>
        <translation>Woonconcepten, voorwaarden, criteria, drempelwaarden en gewichten. Leeg: het standaardprofiel; een kopie daarvan staat als profiles/housing.dfsites in de map van de plug-in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+539"/>
        <location filename="../algorithms/dfalgorithmhousingopportunities.h" line="+15"/>
        <source>Housing opportunity sites</source>
        <translation>Kansrijke woonlocaties</translation>
    </message>
    <message>
        <location line="-538"/>
        <source>One feature per site and concept with the criteria, score, rank and explanation.</source>
        <translation>Eén object per locatie en woonconcept, met de criteria, score, rang en toelichting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site-concept pairs that are eligible</source>
        <translation>Combinaties van locatie en woonconcept die in aanmerking komen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best site per concept</source>
        <translation>Beste locatie per woonconcept</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the default housing-site profile</source>
        <translation>het standaardprofiel voor woonlocaties</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>Laag &quot;%1&quot; heeft geen veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Layer &quot;%1&quot; has no candidate sites (%2 without geometry).</source>
        <translation>Laag &quot;%1&quot; bevat geen kandidaatlocaties (%2 zonder geometrie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 site(s) in &quot;%2&quot; have no geometry and are left out.</source>
        <translation>locatie(s) zonder geometrie in &quot;%2&quot; weggelaten: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Site id(s) occur more than once in &quot;%1&quot;: %2.</source>
        <translation>Id(s) die meer dan eens voorkomen in &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 site(s) are more than %2 m from a walkable street: no walking criteria for them.</source>
        <translation>%1 locatie(s) op meer dan %2 m van een beloopbare straat: daar worden geen loopcriteria berekend.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>no facilities of kind %1</source>
        <translation>geen voorzieningen van de soort %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no %1 layer</source>
        <translation>geen laag %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no storeys or lift field</source>
        <translation>geen veld met bouwlagen of lift</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no corporation field</source>
        <translation>geen corporatieveld</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no field %1</source>
        <translation>geen veld %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no urgency areas</source>
        <translation>geen gebieden met urgentie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no field %1 in the sites</source>
        <translation>geen veld %1 in de locaties</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The sites cannot be ranked: %1 Criteria left out: %2.</source>
        <translation>De locaties kunnen niet worden gerangschikt: %1 Weggelaten criteria: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+176"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Thuisplusflat</source>
        <translation>Thuisplusflat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clustered housing for older people</source>
        <translation>Geclusterde woonvorm voor ouderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wonen met een plus</source>
        <translation>Wonen met een plus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People with dementia at home within 500 m walk</source>
        <translation>Thuiswonende mensen met dementie binnen 500 m lopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older people living alone within 500 m walk</source>
        <translation>Alleenwonende ouderen binnen 500 m lopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk to the nearest supermarket</source>
        <translation>Looptijd tot de dichtstbijzijnde supermarkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk to the nearest GP</source>
        <translation>Looptijd tot de dichtstbijzijnde huisarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk to the nearest pharmacy</source>
        <translation>Looptijd tot de dichtstbijzijnde apotheek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk to the nearest meeting place</source>
        <translation>Looptijd tot de dichtstbijzijnde ontmoetingsplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-free access (lift or ground floor)</source>
        <translation>Traploos toegankelijk (lift of begane grond)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned by a housing corporation</source>
        <translation>In bezit van een woningcorporatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency of its own or a neighbouring area</source>
        <translation>Urgentie van het eigen of een aangrenzend gebied</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 unknown</source>
        <translation>%1 onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in exclusion layer %1</source>
        <translation>in uitsluitingslaag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs an existing building</source>
        <translation>vereist een bestaand gebouw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs a vacant plot</source>
        <translation>vereist een lege kavel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 homes, needs at least %2</source>
        <translation>woningen: %1, vereist ten minste %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 units, needs at least %2</source>
        <translation>wooneenheden: %1, vereist ten minste %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not owned by a housing corporation</source>
        <translation>niet in bezit van een woningcorporatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no shared space</source>
        <translation>geen gemeenschappelijke ruimte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not eligible: %1.</source>
        <translation>Komt niet in aanmerking: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eligible, but no criterion has a value here.</source>
        <translation>Komt in aanmerking, maar geen enkel criterium heeft hier een waarde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (needs %3 %4)</source>
        <translation>%1 %2 (vereist %3 %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least</source>
        <translation>ten minste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at most</source>
        <translation>ten hoogste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank %1 of %2, score %3, %4 of %5 criteria met.</source>
        <translation>Rang %1 van %2, score %3, aan %4 van %5 criteria voldaan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For: %1.</source>
        <translation>Pluspunten: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against: %1.</source>
        <translation>Minpunten: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 site(s), %2 concept(s), %3 eligible pair(s). Best: %4.</source>
        <translation>%1 locatie(s), %2 woonconcept(en), %3 geschikte combinatie(s) van locatie en woonconcept. Beste: %4.</translation>
    </message>
    <message>
        <location line="-381"/>
        <location line="+391"/>
        <source>no site has a value</source>
        <translation>geen enkele locatie heeft een waarde</translation>
    </message>
    <message>
        <location line="-617"/>
        <source>&lt;p&gt;Assesses every &lt;b&gt;site&lt;/b&gt; (an existing building or complex, or a vacant plot) for each housing &lt;b&gt;concept&lt;/b&gt; of the profile (default: Thuisplusflat, clustered housing for older people, wonen met een plus), as a transparent assessment framework (afwegingskader).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gates&lt;/b&gt; decide whether a concept can use a site at all: site type, at least 80 homes and corporation ownership for a Thuisplusflat, at least 5 units and a shared space for clustered housing, and the exclusion layers. &lt;b&gt;Criteria&lt;/b&gt; rank the usable sites: people with dementia (and older people living alone) within 500 m on foot, walking minutes to supermarket, GP, pharmacy and meeting place, step-free access (lift or storeys), corporation ownership, and the urgency of the site&apos;s own or a neighbouring area (from &lt;i&gt;Dementia-friendly neighbourhood score&lt;/i&gt;): people want to stay in their own neighbourhood.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: one feature per site and concept with the site&apos;s fields, &lt;i&gt;concept&lt;/i&gt;, &lt;i&gt;eligible&lt;/i&gt;, &lt;i&gt;score&lt;/i&gt; (0-100), &lt;i&gt;rank&lt;/i&gt; and &lt;i&gt;rank_of&lt;/i&gt; among the sites of the layer (run it per municipality), &lt;i&gt;criteria_passed&lt;/i&gt;, per criterion &lt;i&gt;c_&amp;lt;id&amp;gt;&lt;/i&gt; (value) and &lt;i&gt;p_&amp;lt;id&amp;gt;&lt;/i&gt; (1 passed, 0 failed), and &lt;i&gt;explanation&lt;/i&gt;: one line that says why. Thresholds and weights are in the profile (.dfsites; empty: the plugin&apos;s default, profiles/housing.dfsites).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beoordeelt elke &lt;b&gt;locatie&lt;/b&gt; (een bestaand gebouw of complex, of een lege kavel) voor elk &lt;b&gt;woonconcept&lt;/b&gt; van het profiel (standaard: Thuisplusflat, geclusterde woonvorm voor ouderen, wonen met een plus), als een transparant afwegingskader.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voorwaarden&lt;/b&gt; bepalen of een woonconcept een locatie überhaupt kan gebruiken: het type locatie, ten minste 80 woningen en eigendom van een woningcorporatie voor een Thuisplusflat, ten minste 5 wooneenheden en een gemeenschappelijke ruimte voor een geclusterde woonvorm, en de uitsluitingslagen. &lt;b&gt;Criteria&lt;/b&gt; bepalen de rangorde van de bruikbare locaties: mensen met dementie (en alleenwonende ouderen) binnen 500 m lopen, de looptijd in minuten naar supermarkt, huisarts, apotheek en ontmoetingsplek, traploze toegankelijkheid (lift of bouwlagen), eigendom van een woningcorporatie, en de urgentie van het eigen of een aangrenzend gebied van de locatie (uit &lt;i&gt;Buurtscore dementievriendelijkheid&lt;/i&gt;): mensen willen in hun eigen buurt blijven wonen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: één object per locatie en woonconcept, met de velden van de locatie, &lt;i&gt;concept&lt;/i&gt;, &lt;i&gt;eligible&lt;/i&gt; (komt in aanmerking), &lt;i&gt;score&lt;/i&gt; (0-100), &lt;i&gt;rank&lt;/i&gt; en &lt;i&gt;rank_of&lt;/i&gt; (rangpositie en aantal gerangschikte locaties binnen de laag; voer het per gemeente uit), &lt;i&gt;criteria_passed&lt;/i&gt;, per criterium &lt;i&gt;c_&amp;lt;id&amp;gt;&lt;/i&gt; (waarde) en &lt;i&gt;p_&amp;lt;id&amp;gt;&lt;/i&gt; (1 voldaan, 0 niet voldaan), en &lt;i&gt;explanation&lt;/i&gt;: één regel die uitlegt waarom. Drempelwaarden en gewichten staan in het profiel (.dfsites; leeg: het standaardprofiel van de plug-in, profiles/housing.dfsites).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Empty: site_type or type. Values: existing, complex, building, bestaand, gebouw, pand (an existing building) or plot, vacant_plot, vacant, kavel, bouwkavel, bouwlocatie, braak (a vacant plot).</source>
        <translation>Leeg: site_type of type. Waarden: existing, complex, building, bestaand, gebouw, pand (een bestaand gebouw) of plot, vacant_plot, vacant, kavel, bouwkavel, bouwlocatie, braak (een lege kavel).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>People with dementia at home</source>
        <translation>Thuiswonende mensen met dementie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older people living alone</source>
        <translation>Alleenwonende ouderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight field (living alone)</source>
        <translation>Gewichtveld (alleenwonend)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Areas with an urgency</source>
        <translation>Gebieden met een urgentie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output of the neighbourhood score. A site&apos;s urgency criterion is the highest urgency of the area it lies in and the areas that touch it.</source>
        <translation>De uitvoer van de buurtscore. Het urgentiecriterium van een locatie is de hoogste urgentie van het gebied waarin ze ligt en de gebieden die eraan grenzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exclusion layers</source>
        <translation>Uitsluitingslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site in one of these is not eligible. Polygon layers such as nature reserves, flood zones or noise contours; the layer&apos;s name appears in the explanation.</source>
        <translation>Een locatie in een van deze lagen komt niet in aanmerking. Vlaklagen zoals natuurgebieden, overstromingsgebieden of geluidscontouren; de naam van de laag staat in de toelichting.</translation>
    </message>
    <message>
        <location line="+537"/>
        <source>Criteria left out, their weight spread over the others: %1.</source>
        <translation>Weggelaten criteria, hun gewicht verdeeld over de andere: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sites: %1; profile: %2; street network: %3; walking speed %4 m/s.</source>
        <translation>Locaties: %1; profiel: %2; stratennetwerk: %3; loopsnelheid %4 m/s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out: %1.</source>
        <translation>Weggelaten: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective profile (%1).</source>
        <translation>Toegepast profiel (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not eligible</source>
        <translation>Komt niet in aanmerking</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>housing</source>
        <translation>wonen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sites</source>
        <translation>locaties</translation>
    </message>
    <message>
        <location filename="../algorithms/dfalgorithmhousingopportunities.h" line="+4"/>
        <source>Overlays for action</source>
        <translation>Kaarten voor actie</translation>
    </message>
</context>
<context>
    <name>DfMeetingPlaceGapsAlgorithm</name>
    <message>
        <location filename="../algorithms/dfalgorithmmeetingplacegaps.cpp" line="+38"/>
        <source>gap,coverage,meeting place,walking,dementia,cluster,ontmoetingsplek,witte vlek,dekking</source>
        <translation>witte vlek,witte vlekken,dekkingsgat,dekking,buiten bereik,ontmoetingsplek,ontmoetingscentrum,lopen,te voet,looptijd,dementie,cluster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the people who need a meeting place live farther than a walking time from one: as points and as gap areas.</source>
        <translation>Waar de mensen die een ontmoetingsplek nodig hebben, verder dan een bepaalde looptijd van een ontmoetingsplek wonen: als punten en als witte vlekken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Finds the &lt;b&gt;demand&lt;/b&gt; (addresses, or grid cells or buurten weighted by e.g. people with dementia living at home, &lt;i&gt;dem_home&lt;/i&gt;, or 75+ living alone) farther than the walking time from every meeting place, over the street network. An area&apos;s weight is spread over the addresses inside it when an address layer is given.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gap points&lt;/b&gt; (OUTPUT): the demand points out of reach, with the demand layer&apos;s fields, &lt;i&gt;gap_weight&lt;/i&gt; (the point&apos;s weight), &lt;i&gt;walk_min&lt;/i&gt; (the walk to the nearest meeting place, empty when there is none within twice the walking time or it cannot be reached) and &lt;i&gt;gap_id&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gap areas&lt;/b&gt; (GAP_AREAS): points out of reach that lie within the linking distance of each other form one gap area (single linkage), drawn as the union of circles of half that distance around its points. Fields: &lt;i&gt;gap_id&lt;/i&gt; (1 = the largest demand), &lt;i&gt;gap_weight&lt;/i&gt;, &lt;i&gt;gap_points&lt;/i&gt;, &lt;i&gt;gap_share&lt;/i&gt; (% of all demand), &lt;i&gt;area_m2&lt;/i&gt;. Gap areas below the minimum weight are left out (their points get gap_id 0).&lt;/p&gt;&lt;p&gt;Without any meeting place, all demand is a gap.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zoekt over het stratennetwerk de &lt;b&gt;vraag&lt;/b&gt; (de mensen die een ontmoetingsplek nodig hebben: adressen, of vierkanten of buurten gewogen met bijvoorbeeld het aantal thuiswonende mensen met dementie, &lt;i&gt;dem_home&lt;/i&gt;, of alleenwonende 75-plussers) die verder dan de looptijd van elke ontmoetingsplek af ligt. Het gewicht van een gebied wordt verdeeld over de adressen erbinnen als er een adreslaag is opgegeven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vraagpunten buiten bereik&lt;/b&gt; (OUTPUT): de punten van de vraag die buiten bereik liggen, met de velden van de vraaglaag, &lt;i&gt;gap_weight&lt;/i&gt; (het gewicht van het punt), &lt;i&gt;walk_min&lt;/i&gt; (de looptijd tot de dichtstbijzijnde ontmoetingsplek; leeg als er binnen tweemaal de looptijd geen ligt of als die niet bereikbaar is) en &lt;i&gt;gap_id&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Witte vlekken&lt;/b&gt; (GAP_AREAS): punten buiten bereik die binnen de koppelafstand van elkaar liggen, vormen samen één witte vlek (single linkage), getekend als de vereniging van cirkels met een straal van de halve koppelafstand rond de punten. Velden: &lt;i&gt;gap_id&lt;/i&gt; (1 = de grootste vraag), &lt;i&gt;gap_weight&lt;/i&gt;, &lt;i&gt;gap_points&lt;/i&gt;, &lt;i&gt;gap_share&lt;/i&gt; (% van de totale vraag), &lt;i&gt;area_m2&lt;/i&gt;. Witte vlekken onder het minimumgewicht worden weggelaten (hun punten krijgen gap_id 0).&lt;/p&gt;&lt;p&gt;Zonder ontmoetingsplekken ligt alle vraag in een witte vlek.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Demand (people to reach)</source>
        <translation>Vraag (te bereiken mensen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gap linking distance (m)</source>
        <translation>Koppelafstand voor gaten (m)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points out of reach this close to each other (straight line) belong to one gap area.</source>
        <translation>Punten buiten bereik die hemelsbreed zo dicht bij elkaar liggen, horen bij dezelfde witte vlek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum demand of a gap area</source>
        <translation>Minimale vraag in een witte vlek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller gap areas are not drawn; 0 draws them all.</source>
        <translation>Kleinere witte vlekken worden niet getekend; bij 0 worden ze allemaal getekend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gap points</source>
        <translation>Vraagpunten buiten bereik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demand points out of reach, with their weight, walk and gap area.</source>
        <translation>De vraagpunten buiten bereik, met hun gewicht, looptijd en witte vlek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Gap areas</source>
        <translation>Witte vlekken</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>One area per cluster of points out of reach, with its demand.</source>
        <translation>Eén gebied per cluster van punten buiten bereik, met de bijbehorende vraag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total demand</source>
        <translation>Totale vraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand out of reach</source>
        <translation>Vraag buiten bereik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share out of reach (%)</source>
        <translation>Aandeel buiten bereik (%)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Layer &quot;%1&quot; has no demand to place: no feature with a geometry and a usable weight.</source>
        <translation>Laag &quot;%1&quot; bevat geen vraag om te plaatsen: geen object met een geometrie en een bruikbaar gewicht.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Gap areas of &quot;%1&quot; (LINK_DISTANCE %2 m, MIN_GAP_WEIGHT %3) cannot be formed: %4. Check the weights in field &quot;%5&quot; and these two parameters.</source>
        <translation>De witte vlekken van &quot;%1&quot; (LINK_DISTANCE %2 m, MIN_GAP_WEIGHT %3) kunnen niet worden gevormd: %4. Controleer de gewichten in veld &quot;%5&quot; en deze twee parameters.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Out of reach of %1 within %2 minutes (%3 m): %4 of %5 (%6 %), at %7 point(s), in %8 gap area(s).</source>
        <translation>Buiten bereik (verder dan %2 minuten lopen, %3 m, van %1): %4 van %5 (%6 %), op %7 punt(en), in %8 witte vlek(ken).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 smaller gap area(s) with %2 left out (below the minimum of %3).</source>
        <translation>Weggelaten: %1 kleinere witte vlek(ken) met samen een vraag van %2 (onder het minimum van %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demand: %1 weighted by %2; out of reach of %3 within %4 minutes at %5 m/s; street network: %6.</source>
        <translation>Vraag: %1, gewogen met %2; buiten bereik: verder dan %4 minuten lopen van %3 bij %5 m/s; stratennetwerk: %6.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 per feature</source>
        <translation>1 per object</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>No weight</source>
        <translation>Geen gewicht</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Meeting-place gaps (points)</source>
        <translation>Witte vlekken ontmoetingsplekken (punten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>gaps</source>
        <translation>witte vlekken</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Meeting-place gap areas</source>
        <translation>Witte vlekken ontmoetingsplekken (gebieden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linking distance %1 m.</source>
        <translation>Koppelafstand %1 m.</translation>
    </message>
    <message>
        <location filename="../algorithms/dfalgorithmmeetingplacegaps.h" line="+14"/>
        <source>Meeting-place coverage gaps</source>
        <translation>Witte vlekken in de dekking van ontmoetingsplekken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlays for action</source>
        <translation>Kaarten voor actie</translation>
    </message>
</context>
<context>
    <name>DfNeighbourhoodScoreAlgorithm</name>
    <message>
        <location filename="../algorithms/dfalgorithmneighbourhoodscore.cpp" line="+193"/>
        <source>dementia,friendly,score,urgency,need,neighbourhood,buurt,access,comfort,housing,profile,dementievriendelijk,urgentie,wijk</source>
        <translation>dementie,dementievriendelijk,dementievriendelijkheid,score,buurtscore,urgentie,prioriteit,behoefte,buurt,wijk,vierkant,bereikbaarheid,voorzieningen,lopen,comfort,herkenbaarheid,wonen,nultredenwoning,woningcorporatie,eenzaamheid,Wmo,profiel,rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per buurt or grid cell: how dementia-friendly it is, how much need there is, and how urgent it is to act, indicator by indicator.</source>
        <translation>Per buurt of vierkant: hoe dementievriendelijk het is, hoeveel behoefte er is en hoe urgent het is om actie te ondernemen, indicator voor indicator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Measures, per area, the indicators of a &lt;b&gt;profile&lt;/b&gt; (a text file; empty: the plugin&apos;s default, profiles/default.dfprofile) and turns them into scores from 0 to 100:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Access&lt;/b&gt;: per facility kind the share of homes within 500 m on foot and their median walking time, over the street network (facility kinds meeting_place, gp, pharmacy, supermarket, bus_stop, park; Dutch names such as huisarts or apotheek are understood).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Comfort&lt;/b&gt;: benches per km of street, homes within 500 m of a public toilet, the share of T- and forked junctions, landmarks per km².&lt;/li&gt;&lt;li&gt;&lt;b&gt;Housing&lt;/b&gt;: homes that are step-free or have a lift (storeys and lift of the address layer), homes owned by housing corporations.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Social&lt;/b&gt;: single-person households, widowed, loneliness, Wmo clients, read from the area layer (CBS and GGD field names are recognised). Social is need, not friendliness.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Benches, toilets, landmarks and parks can be kinds in the facility layer or layers of their own. An indicator whose input is missing is left out and its weight goes to the others; the log and the field &lt;i&gt;missing&lt;/i&gt; say so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output fields&lt;/b&gt;: &lt;i&gt;friendly&lt;/i&gt; (0-100) and &lt;i&gt;friendly_class&lt;/i&gt; (1 very low … 5 very high), &lt;i&gt;dom_access&lt;/i&gt;, &lt;i&gt;dom_comfort&lt;/i&gt;, &lt;i&gt;dom_housing&lt;/i&gt;, &lt;i&gt;dom_social&lt;/i&gt;, per indicator &lt;i&gt;v_&amp;lt;name&amp;gt;&lt;/i&gt; (the value) and &lt;i&gt;s_&amp;lt;name&amp;gt;&lt;/i&gt; (its sub-score), &lt;i&gt;need&lt;/i&gt; (0-100, from people with dementia at home and older people living alone per km², and social), &lt;i&gt;urgency&lt;/i&gt; = need × (100 − friendly) / 100 and &lt;i&gt;urgency_rank&lt;/i&gt; (1 = most urgent), and &lt;i&gt;reasons&lt;/i&gt;: the indicators that cost the area most points.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scoring&lt;/b&gt;: against the profile&apos;s norms (comparable between municipalities and years) or by rank within the layer. The profile used is stored in the output&apos;s metadata; the optional HTML report lists the areas by urgency with every number behind them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Meet per gebied de indicatoren van een &lt;b&gt;profiel&lt;/b&gt; (een tekstbestand; leeg: het standaardprofiel van de plug-in, profiles/default.dfprofile) en zet ze om in scores van 0 tot 100:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Bereikbaarheid&lt;/b&gt;: per soort voorziening het aandeel woningen binnen 500 m lopen en hun mediane looptijd, over het stratennetwerk (soorten voorziening meeting_place, gp, pharmacy, supermarket, bus_stop, park; Nederlandse namen zoals huisarts of apotheek worden herkend).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Comfort&lt;/b&gt;: bankjes per km straat, woningen binnen 500 m van een openbaar toilet, het aandeel T- en gaffelkruisingen, herkenningspunten per km².&lt;/li&gt;&lt;li&gt;&lt;b&gt;Wonen&lt;/b&gt;: woningen die gelijkvloers zijn of een lift hebben, als benadering van nultredenwoningen (bouwlagen en lift uit de adreslaag), woningen in bezit van woningcorporaties.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sociaal&lt;/b&gt;: eenpersoonshuishoudens, verweduwden, eenzaamheid, Wmo-cliënten, gelezen uit de gebiedslaag (veldnamen van CBS en GGD worden herkend). Sociaal telt als behoefte, niet als dementievriendelijkheid.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Bankjes, toiletten, herkenningspunten en parken kunnen soorten in de voorzieningenlaag zijn of eigen lagen. Een indicator waarvan de invoer ontbreekt, wordt weggelaten en zijn gewicht gaat naar de andere indicatoren; het log en het veld &lt;i&gt;missing&lt;/i&gt; vermelden dat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoervelden&lt;/b&gt;: &lt;i&gt;friendly&lt;/i&gt; (0-100, de dementievriendelijkheid) en &lt;i&gt;friendly_class&lt;/i&gt; (1 zeer laag … 5 zeer hoog), &lt;i&gt;dom_access&lt;/i&gt;, &lt;i&gt;dom_comfort&lt;/i&gt;, &lt;i&gt;dom_housing&lt;/i&gt;, &lt;i&gt;dom_social&lt;/i&gt;, per indicator &lt;i&gt;v_&amp;lt;name&amp;gt;&lt;/i&gt; (de waarde) en &lt;i&gt;s_&amp;lt;name&amp;gt;&lt;/i&gt; (de deelscore), &lt;i&gt;need&lt;/i&gt; (0-100, de behoefte, uit thuiswonende mensen met dementie en alleenwonende ouderen per km², en de sociale score), &lt;i&gt;urgency&lt;/i&gt; = need × (100 − friendly) / 100 en &lt;i&gt;urgency_rank&lt;/i&gt; (1 = meest urgent), en &lt;i&gt;reasons&lt;/i&gt;: de indicatoren die het gebied de meeste punten kosten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scoren&lt;/b&gt;: ten opzichte van de normen van het profiel (vergelijkbaar tussen gemeenten en jaren) of naar rangorde binnen de laag. Het gebruikte profiel wordt opgeslagen in de metadata van de uitvoer; het optionele HTML-rapport zet de gebieden op volgorde van urgentie, met alle cijfers die eraan ten grondslag liggen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Areas (buurten or grid cells)</source>
        <translation>Gebieden (buurten of vierkanten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polygons, best the output of Estimate people with dementia (for dem_home); the score is added to a copy.</source>
        <translation>Polygonen, bij voorkeur de uitvoer van Aantal mensen met dementie schatten (voor dem_home); de score wordt aan een kopie toegevoegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People with dementia living at home (field)</source>
        <translation>Thuiswonende mensen met dementie (veld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the field dem_home, written by Estimate people with dementia, when the layer has it.</source>
        <translation>Leeg: het veld dem_home, dat het algoritme ‘Aantal mensen met dementie schatten’ schrijft, als de laag dat veld heeft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older people living alone (field)</source>
        <translation>Alleenwonende ouderen (veld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A count per area, e.g. from the municipal population register (75+ in a one-person household).</source>
        <translation>Een aantal per gebied, bijvoorbeeld uit de Basisregistratie Personen (BRP): 75-plussers in een eenpersoonshuishouden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area name (field, for the report)</source>
        <translation>Gebiedsnaam (veld, voor het rapport)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: buurtnaam, BU_NAAM, naam or name when the layer has one.</source>
        <translation>Leeg: buurtnaam, BU_NAAM, naam of name, als de laag zo&apos;n veld heeft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Addresses (homes)</source>
        <translation>Adressen (woningen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BAG addresses: the homes whose walks are measured. With the field gebruiksdoel only homes (woonfunctie) count. Without addresses, access, toilets and housing are left out.</source>
        <translation>BAG-adressen: de woningen waarvan de looproutes worden gemeten. Met het veld gebruiksdoel tellen alleen woningen (woonfunctie) mee. Zonder adressen worden bereikbaarheid, toiletten en wonen weggelaten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storeys (address field)</source>
        <translation>Bouwlagen (adresveld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: b3_bouwlagen, bouwlagen or storeys when present (3D BAG).</source>
        <translation>Leeg: b3_bouwlagen, bouwlagen of storeys, als dat veld er is (3D BAG).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift, 1 or 0 (address field)</source>
        <translation>Lift, 1 of 0 (adresveld)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty: lift when present.</source>
        <translation>Leeg: lift, als dat veld er is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owned by a housing corporation, 1 or 0 (address field)</source>
        <translation>In bezit van een woningcorporatie, 1 of 0 (adresveld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: eigenaar_corporatie, corporatie or corporation_owned when present; else the area layer&apos;s CBS corporation share.</source>
        <translation>Leeg: eigenaar_corporatie, corporatie of corporation_owned, als dat veld er is; anders het CBS-aandeel woningen in bezit van woningcorporaties uit de gebiedslaag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Benches</source>
        <translation>Bankjes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public toilets</source>
        <translation>Openbare toiletten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landmarks</source>
        <translation>Herkenningspunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parks and green space</source>
        <translation>Parken en openbaar groen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional, in addition to the facilities of this kind. Polygons are reached at their edge.</source>
        <translation>Optioneel, naast de voorzieningen van deze soort. Polygonen worden bij hun rand bereikt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score profile (.dfprofile)</source>
        <translation>Scoreprofiel (.dfprofile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators, weights and norms. Empty: the default profile, a copy of which is profiles/default.dfprofile in the plugin folder.</source>
        <translation>Indicatoren, gewichten en normen. Leeg: het standaardprofiel; een kopie daarvan staat als profiles/default.dfprofile in de map van de plug-in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sub-scores</source>
        <translation>Deelscores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By rank within this layer</source>
        <translation>Naar rangorde binnen deze laag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Norms: the profile&apos;s bad and good values, comparable between municipalities and years. Rank: percentile ranks within this layer; bad and good only give the direction.</source>
        <translation>Normen: de waarden bad (slecht) en good (goed) uit het profiel, vergelijkbaar tussen gemeenten en jaren. Rangorde: percentielrangen binnen deze laag; bad en good geven dan alleen de richting.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../algorithms/dfalgorithmneighbourhoodscore.h" line="+19"/>
        <source>Neighbourhood score</source>
        <translation>Buurtscore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The areas with the scores, styled on friendly; urgency, need and the domains are styles to switch to.</source>
        <translation>De gebieden met de scores, opgemaakt op friendly; urgentie, behoefte en de domeinen zijn stijlen om naar te wisselen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML report</source>
        <translation>HTML-rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: one HTML file with the areas by urgency and every number behind them.</source>
        <translation>Optioneel: één HTML-bestand met de gebieden naar urgentie en alle getallen waarop die berusten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Areas with a friendly score</source>
        <translation>Gebieden met een score voor dementievriendelijkheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendly score, mean over the homes</source>
        <translation>Dementievriendelijkheid, gemiddeld over de woningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators used</source>
        <translation>Gebruikte indicatoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators left out</source>
        <translation>Weggelaten indicatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most urgent area</source>
        <translation>Meest urgente gebied</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the default profile</source>
        <translation>het standaardprofiel</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+393"/>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>Laag &quot;%1&quot; heeft geen veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Addresses &quot;%1&quot;: fields used: %2.</source>
        <translation>Adressen &quot;%1&quot;: gebruikte velden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+426"/>
        <location line="+257"/>
        <location line="+3"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="-635"/>
        <source>%1 home(s) in the areas; left out: %2 address(es) that are not homes (gebruiksdoel), %3 outside every area, %4 without a point.</source>
        <translation>%1 woning(en) in de gebieden; weggelaten: %2 adres(sen) zonder woonfunctie (gebruiksdoel), %3 buiten alle gebieden, %4 zonder punt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 home(s) are more than %2 m from a walkable street: they count as not within reach.</source>
        <translation>%1 woning(en) op meer dan %2 m van een beloopbare straat: geteld als niet binnen bereik.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Layer &quot;%1&quot;: %2 %3.</source>
        <translation>Laag &quot;%1&quot;: %2 object(en) van de soort %3.</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+57"/>
        <source>no addresses</source>
        <translation>geen adressen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>no facilities of kind %1</source>
        <translation>geen voorzieningen van de soort %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no benches</source>
        <translation>geen bankjes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no landmarks</source>
        <translation>geen herkenningspunten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no storeys or lift field</source>
        <translation>geen veld met bouwlagen of lift</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Profile &quot;%1&quot;, line %2: the plugin does not measure the indicator &quot;%3&quot;, and layer &quot;%4&quot; has no field &quot;%5&quot; to read it from. Check the name, or set its weight to 0.</source>
        <translation>Profiel &quot;%1&quot;, regel %2: de plug-in meet de indicator &quot;%3&quot; niet zelf, en laag &quot;%4&quot; heeft geen veld &quot;%5&quot; om hem uit te lezen. Controleer de naam, of zet het gewicht op 0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no corporation field or CBS share</source>
        <translation>geen corporatieveld of CBS-aandeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no field in the area layer</source>
        <translation>geen veld in de gebiedslaag</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 need value(s) in &quot;%2&quot; left out: %3 (field &quot;%4&quot;); those areas count only the need that is known.</source>
        <translation>%1 behoeftewaarde(n) in &quot;%2&quot; weggelaten: %3 (veld &quot;%4&quot;); in die gebieden telt alleen de bekende behoefte mee.</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>%1 area(s) without homes (no home of the addresses lies in them): not scored, no need and no urgency, &quot;%2&quot; in the field &quot;missing&quot;: %3.</source>
        <translation>%1 gebied(en) zonder woningen (er ligt geen woning van de adressen in): niet gescoord, geen behoefte en geen urgentie, &quot;%2&quot; in het veld &quot;missing&quot;: %3.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not move the report from %1 to %2.</source>
        <translation>Kon het rapport niet verplaatsen van %1 naar %2.</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>No friendly score can be computed: %1 Indicators left out: %2.</source>
        <translation>Er kan geen score voor dementievriendelijkheid worden berekend: %1 Weggelaten indicatoren: %2.</translation>
    </message>
    <message>
        <location line="-674"/>
        <source>No data (no homes or no values)</source>
        <translation>Geen gegevens (geen woningen of geen waarden)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../algorithms/dfreportmap.cpp" line="+164"/>
        <source>No data (no homes, need or score)</source>
        <translation>Geen gegevens (geen woningen, behoefte of score)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Against the profile&apos;s norms</source>
        <translation>Volgens de normen van het profiel</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Indicator &quot;%1&quot; read from %2.</source>
        <translation>Indicator &quot;%1&quot; gelezen uit %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 area(s) without a usable value for &quot;%2&quot; (%3): left out there, their weight goes to the other indicators.</source>
        <translation>%1 gebied(en) zonder bruikbare waarde voor &quot;%2&quot; (%3): daar weggelaten, het gewicht gaat naar de andere indicatoren.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>people with dementia at home (field &quot;%1&quot;)</source>
        <translation>thuiswonende mensen met dementie (veld &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>older people living alone (field &quot;%1&quot;)</source>
        <translation>alleenwonende ouderen (veld &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; from %2</source>
        <translation>&quot;%1&quot; uit %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 per km², as a rank within the layer (weight 1; %2 area(s))</source>
        <translation>%1 per km², als rangorde binnen de laag (gewicht 1; %2 gebied(en))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the social score (weight %1; %2 area(s)): %3</source>
        <translation>de sociale score (gewicht %1; %2 gebied(en)): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Need of %1 of %2 area(s) from: %3.</source>
        <translation>Behoefte van %1 van %2 gebied(en) uit: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layer &quot;%1&quot; has no field with people with dementia at home (dem_home), no field with older people living alone was chosen, and no area has a value of the social indicators: there is no need, so need and urgency are empty and no area is most urgent. Run Estimate people with dementia on the areas first.</source>
        <translation>Laag &quot;%1&quot; heeft geen veld met thuiswonende mensen met dementie (dem_home), er is geen veld met alleenwonende ouderen gekozen en geen gebied heeft een waarde van de sociale indicatoren: er is geen behoefte, dus behoefte en urgentie blijven leeg en geen gebied is het meest urgent. Voer eerst ‘Aantal mensen met dementie schatten’ uit op de gebieden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer &quot;%1&quot;: no area has a usable number of people in need with a surface, nor a value of the social indicators: there is no need, so need and urgency are empty and no area is most urgent.</source>
        <translation>Laag &quot;%1&quot;: geen gebied heeft een bruikbaar aantal mensen met behoefte en een oppervlakte, of een waarde van de sociale indicatoren: er is geen behoefte, dus behoefte en urgentie blijven leeg en geen gebied is het meest urgent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layer &quot;%1&quot; has no field with people with dementia at home (dem_home) and no field with older people living alone was chosen: need comes from the social score alone (%2), not from the number of people in need. Run Estimate people with dementia on the areas first to count them.</source>
        <translation>Laag &quot;%1&quot; heeft geen veld met thuiswonende mensen met dementie (dem_home) en er is geen veld met alleenwonende ouderen gekozen: de behoefte komt alleen uit de sociale score (%2), niet uit het aantal mensen met behoefte. Voer eerst ‘Aantal mensen met dementie schatten’ uit op de gebieden om hen te tellen.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1: %2 (norm %3), −%4 points</source>
        <translation>%1: %2 (norm %3), −%4 punten</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>no area has a value</source>
        <translation>geen enkel gebied heeft een waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1, sub-scores %2. Indicators used (%3): %4.</source>
        <translation>Profiel: %1, deelscores %2. Gebruikte indicatoren (%3): %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by rank within the layer</source>
        <translation>naar rangorde binnen de laag</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>against the norms</source>
        <translation>ten opzichte van de normen</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Indicators left out, their weight spread over the others: %1.</source>
        <translation>Weggelaten indicatoren, hun gewicht verdeeld over de andere: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 area(s) scored; friendly score over the homes: %3; most urgent: %4.</source>
        <translation>%1 van %2 gebied(en) gescoord; dementievriendelijkheid gemiddeld over de woningen: %3; meest urgent: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (no need)</source>
        <translation>geen (geen behoefte)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Effective profile (%1), scored %2.</source>
        <translation>Toegepast profiel (%1), gescoord %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by rank</source>
        <translation>naar rangorde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Areas: %1; street network: %2; walking speed %3 m/s.</source>
        <translation>Gebieden: %1; stratennetwerk: %2; loopsnelheid %3 m/s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicators used: %1.</source>
        <translation>Gebruikte indicatoren: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1.</source>
        <translation>Weggelaten: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need: none (no people in need and no social score).</source>
        <translation>Behoefte: geen (geen mensen met behoefte en geen sociale score).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored, without homes: %1.</source>
        <translation>Niet gescoord, zonder woningen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../algorithms/dfalgorithmneighbourhoodscore.h" line="-4"/>
        <source>Dementia-friendly neighbourhood score</source>
        <translation>Buurtscore dementievriendelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dementia-friendly</source>
        <translation>dementievriendelijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>urgency</source>
        <translation>urgentie</translation>
    </message>
</context>
<context>
    <name>DfNetworkAlgorithmBase</name>
    <message>
        <location filename="../algorithms/dfnetworkalgorithmbase.cpp" line="+113"/>
        <source>Street network</source>
        <translation>Stratennetwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines in a projected CRS in metres (EPSG:28992): OpenStreetMap, NWB Wegen or municipal centre lines.</source>
        <translation>Lijnen in een geprojecteerd CRS in meters (EPSG:28992): OpenStreetMap, NWB Wegen of gemeentelijke wegassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walkable streets</source>
        <translation>Beloopbare straten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All lines</source>
        <translation>Alle lijnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Facility id field</source>
        <translation>Id-veld van de voorzieningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written into the output to name the nearest facility. Empty: the feature id.</source>
        <translation>Wordt in de uitvoer geschreven om de dichtstbijzijnde voorziening aan te duiden. Leeg: de object-id.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facility kind field</source>
        <translation>Veld met de soort voorziening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One result per value of this field (e.g. meeting_place, gp, supermarket). Empty: all facilities are one kind.</source>
        <translation>Eén resultaat per waarde van dit veld (bijvoorbeeld meeting_place, gp, supermarket). Leeg: alle voorzieningen zijn van één soort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Walking speed (m/s)</source>
        <translation>Loopsnelheid (m/s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0.8 m/s is the pace of people aged 65 to 74; 0.75 for 75 to 84, 0.71 for 85+, 0.64 for frail older people. At 0.8 m/s, 5, 10 and 15 minutes are 240, 480 and 720 m.</source>
        <translation>0,8 m/s is het looptempo van mensen van 65 t/m 74 jaar; 0,75 voor 75 t/m 84 jaar, 0,71 voor 85-plussers, 0,64 voor kwetsbare ouderen. Bij 0,8 m/s is 5, 10 en 15 minuten lopen 240, 480 en 720 m.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Homes and facilities farther than this from any walkable street cannot reach the network; they are counted in the log and get no distance.</source>
        <translation>Woningen en voorzieningen die verder dan deze afstand van de dichtstbijzijnde beloopbare straat liggen, kunnen het netwerk niet bereiken; ze worden in het log geteld en krijgen geen afstand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line ends and vertices closer than this are joined. Lines that cross without a shared vertex (bridges, tunnels) stay apart. 0 joins identical vertices only.</source>
        <translation>Lijneinden en hoekpunten die dichter dan deze afstand bij elkaar liggen, worden verbonden. Lijnen die elkaar kruisen zonder gedeeld hoekpunt (bruggen, tunnels), blijven gescheiden. Bij 0 worden alleen samenvallende hoekpunten verbonden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Internal error in the walking search: %1. Please report it with the input layers.</source>
        <translation>Interne fout in de zoekactie over het stratennetwerk: %1. Meld deze fout alstublieft en stuur de invoerlagen mee.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: the incomplete output was removed.</source>
        <translation>Geannuleerd: de onvolledige uitvoer is verwijderd.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Layer &quot;%1&quot; (NETWORK) is a %2 layer; the street network must be a line layer (street centre lines from OpenStreetMap, NWB Wegen or the municipality). Choose the layer of streets.</source>
        <translation>Laag &quot;%1&quot; (NETWORK) is een %2laag; het stratennetwerk moet een lijnlaag zijn (hartlijnen van straten uit OpenStreetMap, NWB Wegen of van de gemeente). Kies de laag met de straten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point</source>
        <translation>punt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>polygon</source>
        <translation>polygoon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layer &quot;%1&quot; (NETWORK) has no CRS; its coordinates are taken to be metres, and the other layers are used as they are, without reprojection: they must be in the same CRS. Do not reproject it: assign its CRS (for Dutch data usually EPSG:28992, RD New) in Layer Properties &gt; Source.</source>
        <translation>Laag &quot;%1&quot; (NETWORK) heeft geen CRS; de coördinaten worden als meters opgevat en de andere lagen worden gebruikt zoals ze zijn, zonder ze opnieuw te projecteren: ze moeten in hetzelfde CRS staan. Projecteer de laag niet opnieuw, maar stel het CRS in (voor Nederlandse gegevens meestal EPSG:28992, RD New) bij Laageigenschappen &gt; Bron.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layer &quot;%1&quot; (NETWORK) says its CRS is %2, but its coordinates are those of RD New: the CRS label is wrong. Do not reproject it: set the layer&apos;s CRS to EPSG:28992 (Layer Properties &gt; Source, or Processing &gt; Assign projection) and run again.</source>
        <translation>Laag &quot;%1&quot; (NETWORK) staat volgens de instellingen in %2, maar de coördinaten zijn die van RD New: het CRS is verkeerd ingesteld. Projecteer de laag niet opnieuw, maar stel het CRS van de laag in op EPSG:28992 (Laageigenschappen &gt; Bron, of Processing &gt; Projectie toekennen) en voer het algoritme opnieuw uit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a geographic CRS in degrees</source>
        <translation>een geografisch CRS in graden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a Mercator projection, whose &quot;metres&quot; are %1 true metres in the Netherlands</source>
        <translation>een Mercatorprojectie, waarvan de &quot;meters&quot; in Nederland %1 echte meter zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a projection whose units are %1 true metres in the Netherlands</source>
        <translation>een projectie waarvan de eenheden in Nederland %1 echte meter zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a CRS whose units are not metres</source>
        <translation>een CRS waarvan de eenheden geen meters zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer &quot;%1&quot; (NETWORK) is in %2: %3, so walking distances would be wrong. Reproject the street network to EPSG:28992 (Amersfoort / RD New), e.g. with Vector &gt; Data Management Tools &gt; Reproject Layer, and run again; the other layers are reprojected on the fly.</source>
        <translation>Laag &quot;%1&quot; (NETWORK) staat in %2: %3, dus de loopafstanden zouden niet kloppen. Projecteer het stratennetwerk opnieuw naar EPSG:28992 (Amersfoort / RD New), bijvoorbeeld met Vector &gt; Datamanagement-gereedschap &gt; Laag opnieuw projecteren, en voer het algoritme opnieuw uit; de andere lagen worden tijdens de berekening automatisch opnieuw geprojecteerd.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Layer &quot;%1&quot; has no walkable streets: of %2 line(s), %3 left out by the expression, %4 by the filter (%5) and %6 without geometry. Check the layer, the filter and the expression.</source>
        <translation>Laag &quot;%1&quot; heeft geen beloopbare straten: van %2 lijn(en) %3 weggelaten door de expressie, %4 door het filter (%5) en %6 zonder geometrie. Controleer de laag, het filter en de expressie.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 vertices of &quot;%2&quot; with coordinates that are not finite or beyond 10 million km were left out; their lines are split there. Check the layer&apos;s geometries.</source>
        <translation>Weggelaten uit &quot;%2&quot;: %1 hoekpunt(en) met coördinaten die niet eindig zijn of verder dan 10 miljoen km liggen; de lijnen zijn op die plekken onderbroken. Controleer de geometrieën van de laag.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Layer &quot;%1&quot; has no facilities to walk to (%2 without geometry).</source>
        <translation>Laag &quot;%1&quot; heeft geen voorzieningen om naartoe te lopen (%2 zonder geometrie).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Layer &quot;%1&quot; has no areas.</source>
        <translation>Laag &quot;%1&quot; bevat geen gebieden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer &quot;%1&quot; (AREAS) has %2 feature(s) but no geometry: give the polygon layer of the areas (buurten, grid cells).</source>
        <translation>Laag &quot;%1&quot; (AREAS) heeft %2 object(en), maar geen enkele geometrie: kies de polygoonlaag met de gebieden (buurten, vierkanten).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Points (addresses) or areas (grid cells, buurten); an area&apos;s weight is spread over the addresses inside it.</source>
        <translation>Punten (adressen) of gebieden (vierkanten, buurten); het gewicht van een gebied wordt verdeeld over de adressen erbinnen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When the origins are areas: their weight is spread over the homes inside them.</source>
        <translation>Als de herkomsten gebieden zijn: hun gewicht wordt verdeeld over de woningen erbinnen.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Layer &quot;%1&quot;: the weights in field &quot;%2&quot; add up to more than %3 (feature %4 has %5): that is not a number of people. Check the field (a broken export writes 1e308 and the like) or choose another %6.</source>
        <translation>Laag &quot;%1&quot;: de gewichten in veld &quot;%2&quot; tellen op tot meer dan %3 (object %4 heeft %5): dat is geen aantal mensen. Controleer het veld (een beschadigde export schrijft bijvoorbeeld 1e308) of kies bij %6 een ander veld.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 origin(s) in &quot;%2&quot; left out: %3 (field &quot;%4&quot;).</source>
        <translation>%1 herkomst(en) in &quot;%2&quot; weggelaten: %3 (veld &quot;%4&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 origin(s) in &quot;%2&quot; have no geometry and are left out.</source>
        <translation>Weggelaten uit &quot;%2&quot;: %1 herkomst(en) zonder geometrie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 origin point(s) are more than %2 m from a walkable street: counted as not within reach.</source>
        <translation>%1 herkomstpunt(en) op meer dan %2 m van een beloopbare straat: geteld als niet binnen bereik.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Walking time (minutes)</source>
        <translation>Looptijd (minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 minutes at 0.8 m/s is 480 m, about the 500 m of the dementia-friendly core.</source>
        <translation>10 minuten bij 0,8 m/s is 480 m, ongeveer de 500 m die als dementievriendelijke kern voor dagelijkse voorzieningen geldt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target share (%)</source>
        <translation>Streefaandeel (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National Dementia Strategy: by 2030, 80 % of people with dementia living at home have a meeting centre near their home.</source>
        <translation>Nationale Dementiestrategie: in 2030 heeft 80 % van de thuiswonende mensen met dementie een ontmoetingscentrum dicht bij huis.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a facility</source>
        <translation>een voorziening</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No facilities given: nobody is within reach of %1.</source>
        <translation>Geen voorzieningen opgegeven: niemand is binnen bereik van %1.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 address(es) are more than %2 m from a walkable street: they count as not within reach.</source>
        <translation>%1 adres(sen) op meer dan %2 m van een beloopbare straat: geteld als niet binnen bereik.</translation>
    </message>
    <message>
        <location line="-607"/>
        <source>Layer &quot;%1&quot; has no field &quot;highway&quot;, which the OpenStreetMap filter needs.</source>
        <translation>Laag &quot;%1&quot; heeft geen veld &quot;highway&quot;, dat het OpenStreetMap-filter nodig heeft.</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Timing (s): read=%1 graph=%2 snap=%3 search=%4 write=%5 total=%6</source>
        <translation>Tijd (s): lezen=%1 graaf=%2 koppelen=%3 zoeken=%4 schrijven=%5 totaal=%6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Detect from the fields</source>
        <translation>Herkennen aan de velden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NWB Wegen</source>
        <translation>NWB Wegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect from the fields: the OpenStreetMap rule when the layer has a field highway, else the NWB rule when it has WEGBEHSRT, else all lines. OpenStreetMap: every highway except motorway, trunk, any *_link, construction, proposed, abandoned, raceway and bus_guideway; ways tagged foot=no or foot=private, and access=no or access=private without foot=yes, designated or permissive, are left out, as are lines without a highway tag. NWB: every road except those managed by the state (WEGBEHSRT = R: motorways and expressways) and slip roads (BST_CODE AF, OP).</source>
        <translation>Uit de velden herkennen: de OpenStreetMap-regel als de laag een veld highway heeft, anders de NWB-regel als ze WEGBEHSRT heeft, anders alle lijnen. OpenStreetMap: elke highway behalve motorway, trunk, elke *_link, construction, proposed, abandoned, raceway en bus_guideway; wegen met foot=no of foot=private, en access=no of access=private zonder foot=yes, designated of permissive, vallen weg, net als lijnen zonder highway-tag. NWB: elke weg behalve die in beheer van het Rijk (WEGBEHSRT = R: autosnelwegen en autowegen) en op- en afritten (BST_CODE AF, OP).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Street filter expression</source>
        <translation>Filterexpressie voor straten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only streets matching this expression are used, on top of the walkable-streets filter, e.g. &quot;tunnel&quot; IS NOT &apos;yes&apos;.</source>
        <translation>Alleen straten die aan deze expressie voldoen worden gebruikt, bovenop het filter voor beloopbare straten, bijv. &quot;tunnel&quot; IS NOT &apos;yes&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting places, GPs, shops, …: points or polygons (a polygon is reached from a point on its surface), with a kind field when there are several kinds.</source>
        <translation>Ontmoetingsplekken, huisartsen, winkels, …: punten of vlakken (een vlak wordt bereikt vanaf een punt erbinnen), met een soortveld als er meer soorten zijn.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Maximum distance to a street (m)</source>
        <translation>Maximale afstand tot een straat (m)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topology tolerance (m)</source>
        <translation>Topologietolerantie (m)</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Layer &quot;%1&quot; has no field &quot;WEGBEHSRT&quot;, which the NWB filter needs.</source>
        <translation>Laag &quot;%1&quot; heeft geen veld &quot;WEGBEHSRT&quot;, dat het NWB-filter nodig heeft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all lines</source>
        <translation>alle lijnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenStreetMap highway tags</source>
        <translation>highway-tags van OpenStreetMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NWB, without state roads and slip roads</source>
        <translation>NWB, zonder rijkswegen en op- en afritten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The street expression %1 cannot be read: %2</source>
        <translation>De expressie voor de straten %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Street network &quot;%1&quot; (%2): %3 walkable line(s), %4 left out, %5 edges, %6 nodes, %7 km of street.</source>
        <translation>Stratennetwerk &quot;%1&quot; (%2): %3 beloopbare lijn(en), %4 weggelaten, %5 lijnstukken, %6 knooppunten, %7 km straat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The network has %1 unconnected parts; the largest holds %2 % of the street length. Homes on another part only reach facilities on that part.</source>
        <translation>Het netwerk bestaat uit %1 losse delen; het grootste deel bevat %2 % van de straatlengte. Woningen op een ander deel bereiken alleen voorzieningen op dat deel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line end(s) or vertices that nearly met were joined (within %2 m); skipped: %3 zero-length segment(s), %4 segment(s) drawn twice, %5 line(s) without geometry.</source>
        <translation>Verbonden binnen %2 m: %1 lijneinde(n) of hoekpunt(en) die elkaar bijna raakten; overgeslagen: %3 segment(en) met lengte nul, %4 dubbel getekende segment(en), %5 lijn(en) zonder geometrie.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+2"/>
        <location line="+211"/>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>Laag &quot;%1&quot; heeft geen veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Layer &quot;%1&quot; has no facilities to walk to (%2 without geometry, %3 without a value in &quot;%4&quot;).</source>
        <translation>Laag &quot;%1&quot; heeft geen voorzieningen om naartoe te lopen (%2 zonder geometrie, %3 zonder waarde in &quot;%4&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 facilities in &quot;%2&quot; have no geometry and are left out.</source>
        <translation>Weggelaten uit &quot;%2&quot;: %1 voorziening(en) zonder geometrie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 facilities in &quot;%2&quot; have no value in &quot;%3&quot; and are left out.</source>
        <translation>Weggelaten uit &quot;%2&quot;: %1 voorziening(en) zonder waarde in &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 facility id(s) occur more than once in &quot;%2&quot; (%3): the output cannot tell those facilities apart.</source>
        <translation>Id&apos;s van voorzieningen die meer dan eens voorkomen in &quot;%2&quot;: %1 (%3); in de uitvoer zijn die voorzieningen niet van elkaar te onderscheiden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 facilities are more than %2 m from a walkable street and cannot be reached: %3%4</source>
        <translation>%1 voorziening(en) op meer dan %2 m van een beloopbare straat, dus niet bereikbaar: %3%4</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Facilities in &quot;%1&quot;: %2.</source>
        <translation>Voorzieningen in &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Weight field</source>
        <translation>Gewichtveld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people to count, e.g. dem_home (people with dementia living at home) or bewoners_65plus. Empty: every feature counts 1.</source>
        <translation>De mensen om te tellen, bijv. dem_home (thuiswonende mensen met dementie) of bewoners_65plus. Leeg: elk object telt 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Addresses in area origins</source>
        <translation>Adressen in gebiedsherkomsten</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Facility kind</source>
        <translation>Soort voorziening</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only facilities of this kind count, e.g. meeting_place. Dutch and OpenStreetMap names of the same kind count too: for meeting_place also ontmoetingsplek, buurthuis, odensehuis, dagbesteding, community_centre and social_centre; for gp also huisarts and doctors. With a kind field it must not be empty (every facility would count, benches included); the log says which values were counted. Without a kind field every facility counts.</source>
        <translation>Alleen voorzieningen van deze soort tellen, bijv. meeting_place. Nederlandse en OpenStreetMap-namen van dezelfde soort tellen ook: voor meeting_place ook ontmoetingsplek, buurthuis, odensehuis, dagbesteding, community_centre en social_centre; voor gp ook huisarts en doctors. Met een soortveld mag ze niet leeg zijn (dan telde elke voorziening, ook bankjes); het logboek zegt welke waarden zijn geteld. Zonder soortveld telt elke voorziening.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose the facility kind to count (CATEGORY): with the kind field &quot;%1&quot; an empty kind would count every facility, benches and toilets too. The kinds in the layer are: %2.</source>
        <translation>Kies de te tellen soort voorziening (CATEGORY): met het soortveld &quot;%1&quot; zou een lege soort elke voorziening tellen, ook bankjes en toiletten. De soorten in de laag zijn: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No facility kind field: all %1 facilities in the layer count as &quot;%2&quot;. If the layer holds other kinds too (benches, toilets), choose its kind field (CATEGORY_FIELD).</source>
        <translation>Geen soortveld: alle %1 voorzieningen in de laag tellen als &quot;%2&quot;. Staan er ook andere soorten in de laag (bankjes, toiletten), kies dan het soortveld (CATEGORY_FIELD).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No facilities of kind &quot;%1&quot;; the kinds present are: %2.</source>
        <translation>Geen voorzieningen van de soort &quot;%1&quot;; aanwezige soorten: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted as %1: %2; not counted: %3.</source>
        <translation>Geteld als %1: %2; niet geteld: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 address(es) without a usable point are left out.</source>
        <translation>%1 adres(sen) zonder bruikbaar punt weggelaten.</translation>
    </message>
    <message>
        <location filename="../algorithms/dfnetworkalgorithmbase.h" line="+45"/>
        <source>Walking accessibility</source>
        <translation>Bereikbaarheid te voet</translation>
    </message>
</context>
<context>
    <name>DfOutputGuard</name>
    <message>
        <location filename="../algorithms/dfoutputguard.cpp" line="+57"/>
        <source>Could not move the finished output from %1 to %2; it stays in %1.</source>
        <translation>Kon de voltooide uitvoer niet verplaatsen van %1 naar %2; deze blijft staan in %1.</translation>
    </message>
</context>
<context>
    <name>DfPlugin</name>
    <message>
        <location filename="../plugin/dfplugin.cpp" line="+48"/>
        <location line="+48"/>
        <source>Dementia-friendly neighbourhoods</source>
        <translation>Dementievriendelijke buurten</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The Processing provider could not be registered.</source>
        <translation>De Processing-provider kon niet worden geregistreerd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About…</source>
        <translation>Over…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>not installed (%1)</source>
        <translation>niet geïnstalleerd (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Dementia-friendly neighbourhoods %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Processing algorithms that help municipalities decide, per neighbourhood, where senior housing and meeting places for people with dementia are most urgent.&lt;/p&gt;&lt;p&gt;Algorithms (Processing Toolbox, batch mode, graphical modeler, qgis_process):&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Documentation: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dementievriendelijke buurten %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Processing-algoritmen die gemeenten helpen om per buurt te bepalen waar seniorenwoningen en ontmoetingsplekken voor mensen met dementie het meest nodig zijn.&lt;/p&gt;&lt;p&gt;Algoritmen (Toolbox Processing, batch-proces, Grafische modellen bouwen, qgis_process):&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Documentatie: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DfProvider</name>
    <message>
        <location filename="../algorithms/dfprovider.cpp" line="+19"/>
        <source>Dementia-friendly neighbourhoods</source>
        <translation>Dementievriendelijke buurten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dementia-friendly neighbourhoods %1</source>
        <translation>Dementievriendelijke buurten %1</translation>
    </message>
</context>
<context>
    <name>DfReportMap</name>
    <message>
        <location filename="../algorithms/dfreportmap.cpp" line="-46"/>
        <source>No map: %1</source>
        <translation>Geen kaart: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report has no map: %1</source>
        <translation>Het rapport heeft geen kaart: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QGIS could not make a memory layer.</source>
        <translation>QGIS kon geen tijdelijke laag maken.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the areas have no geometry to draw.</source>
        <translation>de gebieden hebben geen geometrie om te tekenen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QGIS could not copy the areas into a memory layer.</source>
        <translation>QGIS kon de gebieden niet naar een tijdelijke laag kopiëren.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the image could not be written as PNG.</source>
        <translation>de afbeelding kon niet als PNG worden geschreven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each area is labelled with its urgency rank (1: most urgent) and its name; areas without a rank show their name only.</source>
        <translation>Elk gebied is gelabeld met zijn urgentierang (1: meest urgent) en zijn naam; gebieden zonder rang tonen alleen hun naam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 areas are too many to label: only the %2 most urgent are labelled, with their rank and name.</source>
        <translation>%1 gebieden zijn te veel om te labelen: alleen de %2 meest urgente zijn gelabeld, met hun rang en naam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 areas are too many to label by name, and none has an urgency rank.</source>
        <translation>%1 gebieden zijn te veel om met naam te labelen, en geen ervan heeft een urgentierang.</translation>
    </message>
</context>
<context>
    <name>DfRunLock</name>
    <message>
        <location filename="../algorithms/dfrunlock.cpp" line="+24"/>
        <source>Cancelled while waiting for another dementia-friendly algorithm.</source>
        <translation>Geannuleerd tijdens het wachten op een ander dementievriendelijk algoritme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for another dementia-friendly algorithm to finish: they run one at a time, so that QGIS never reads one GeoPackage from two threads at once.</source>
        <translation>Wachten tot een ander dementievriendelijk algoritme klaar is: ze draaien één voor één, zodat QGIS nooit vanuit twee threads tegelijk één GeoPackage leest.</translation>
    </message>
</context>
<context>
    <name>DfScoreReport</name>
    <message>
        <location filename="../algorithms/dfscorereport.cpp" line="+46"/>
        <source>Very low</source>
        <translation>Zeer laag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderate</source>
        <translation>Matig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very high</source>
        <translation>Zeer hoog</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access</source>
        <translation>Bereikbaarheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comfort and legibility</source>
        <translation>Comfort en herkenbaarheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social need</source>
        <translation>Sociale behoefte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Homes within 500 m of a supermarket</source>
        <translation>Woningen binnen 500 m van een supermarkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes within 500 m of a GP</source>
        <translation>Woningen binnen 500 m van een huisarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes within 500 m of a pharmacy</source>
        <translation>Woningen binnen 500 m van een apotheek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes within 500 m of a meeting place</source>
        <translation>Woningen binnen 500 m van een ontmoetingsplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes within 500 m of a bus stop</source>
        <translation>Woningen binnen 500 m van een bushalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes within 500 m of a park</source>
        <translation>Woningen binnen 500 m van een park</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median walk to a supermarket</source>
        <translation>Mediane looptijd tot een supermarkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median walk to a GP</source>
        <translation>Mediane looptijd tot een huisarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median walk to a pharmacy</source>
        <translation>Mediane looptijd tot een apotheek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median walk to a meeting place</source>
        <translation>Mediane looptijd tot een ontmoetingsplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median walk to a bus stop</source>
        <translation>Mediane looptijd tot een bushalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median walk to a park</source>
        <translation>Mediane looptijd tot een park</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benches per km of walkable street</source>
        <translation>Bankjes per km beloopbare straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes within 500 m of a public toilet</source>
        <translation>Woningen binnen 500 m van een openbaar toilet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T- and forked junctions among street junctions</source>
        <translation>T- en gaffelkruisingen onder alle straatkruisingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landmarks per km²</source>
        <translation>Herkenningspunten per km²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes step-free or with a lift</source>
        <translation>Nultredenwoningen (gelijkvloers of met lift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes owned by housing corporations</source>
        <translation>Woningen in bezit van woningcorporaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-person households</source>
        <translation>Eenpersoonshuishoudens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widowed residents</source>
        <translation>Verweduwde inwoners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults who feel severely lonely</source>
        <translation>Volwassenen die zich (zeer) ernstig eenzaam voelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wmo clients per 1,000 inhabitants</source>
        <translation>Wmo-cliënten per 1.000 inwoners</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per km</source>
        <translation>%1 per km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per km²</source>
        <translation>%1 per km²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per 1,000</source>
        <translation>%1 per 1.000</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dementia-friendly neighbourhood score: %1</source>
        <translation>Buurtscore dementievriendelijkheid: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Made with the QGIS plugin Dementia-friendly neighbourhoods %1 on %2. Profile: %3; sub-scores %4.</source>
        <translation>Gemaakt met de QGIS-plug-in Dementievriendelijke buurten %1 op %2. Profiel: %3; deelscores %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by rank within the layer</source>
        <translation>naar rangorde binnen de laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the profile&apos;s norms</source>
        <translation>ten opzichte van de normen van het profiel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The municipality</source>
        <translation>De gemeente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, of which %2 with a friendly score</source>
        <translation>%1, waarvan %2 met een score voor dementievriendelijkheid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homes</source>
        <translation>Woningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People with dementia living at home</source>
        <translation>Thuiswonende mensen met dementie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friendly score, mean over the homes</source>
        <translation>Dementievriendelijkheid, gemiddeld over de woningen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Areas per friendliness class</source>
        <translation>Gebieden per klasse van dementievriendelijkheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators left out</source>
        <translation>Weggelaten indicatoren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map of the areas by urgency</source>
        <translation>Kaart van de gebieden naar urgentie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map of the areas coloured by urgency, labelled with urgency rank and name</source>
        <translation>Kaart van de gebieden gekleurd naar urgentie, met urgentierang en naam</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Areas by urgency</source>
        <translation>Gebieden naar urgentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency = need × (100 − friendly) / 100. Need and urgency are relative to this layer; friendly and the domain scores are absolute when scored against the norms.</source>
        <translation>Urgentie = behoefte × (100 − dementievriendelijkheid) / 100. Behoefte en urgentie zijn relatief binnen deze laag; dementievriendelijkheid en de domeinscores zijn absoluut als ze ten opzichte van de normen zijn gescoord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friendly</source>
        <translation>Dementievriendelijkheid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What pulls the score down</source>
        <translation>Wat de score omlaag haalt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Areas without homes</source>
        <translation>Gebieden zonder woningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No home of the address layer lies in these areas (parks, water, industrial estates), so there are no residents to be friendly to: they have no friendly score, no need and no urgency, and are not ranked.</source>
        <translation>In deze gebieden ligt geen woning uit de adressenlaag (parken, water, bedrijventerreinen), dus er zijn geen bewoners voor wie het er dementievriendelijk moet zijn: ze hebben geen dementievriendelijkheidsscore, geen behoefte en geen urgentie, en krijgen geen rangnummer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicators per area</source>
        <translation>Indicatoren per gebied</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>friendly %1, need %2, urgency %3, %4 home(s)</source>
        <translation>dementievriendelijkheid %1, behoefte %2, urgentie %3, %4 woning(en)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-score</source>
        <translation>Deelscore</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Norm (bad → good)</source>
        <translation>Norm (slecht → goed)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No value here, weight given to the other indicators: %1</source>
        <translation>Hier geen waarde, gewicht verdeeld over de andere indicatoren: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile used</source>
        <translation>Het gebruikte profiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each sub-score is 0 at the value &quot;bad&quot; and 100 at &quot;good&quot;, in a straight line. A domain score is the weighted mean of its sub-scores; friendly is the weighted mean of access, comfort and housing. Need combines the people with dementia at home and older people living alone per km² (as a rank in this layer) with the social score.</source>
        <translation>Elke deelscore is 0 bij de waarde &quot;bad&quot; (slecht) en 100 bij &quot;good&quot; (goed), met een rechte lijn daartussen. Een domeinscore is het gewogen gemiddelde van zijn deelscores; de dementievriendelijkheid is het gewogen gemiddelde van bereikbaarheid, comfort en wonen. De behoefte combineert het aantal thuiswonende mensen met dementie en alleenwonende ouderen per km² (als rangorde binnen deze laag) met de sociale score.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile: %1 (built into the plugin; a copy to start from is profiles/default.dfprofile).</source>
        <translation>Profiel: %1 (ingebouwd in de plug-in; een kopie om mee te beginnen is profiles/default.dfprofile).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile file: %1</source>
        <translation>Profielbestand: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad</source>
        <translation>Slecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (domain &quot;%2&quot;, weight %3)</source>
        <translation>%1 (domein &quot;%2&quot;, gewicht %3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>Cannot write the report &quot;%1&quot;: %2</source>
        <translation>Kan het rapport &quot;%1&quot; niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>DfSiteMeetingPlacesAlgorithm</name>
    <message>
        <location filename="../algorithms/dfalgorithmsitemeetingplaces.cpp" line="+43"/>
        <source>location,allocation,maximal covering,site,meeting place,new,target,ontmoetingsplek,locatiekeuze,dekking</source>
        <translation>locatiekeuze,locatie-allocatie,locatie,kandidaatlocatie,maximale dekking,dekking,ontmoetingsplek,ontmoetingscentrum,nieuw,streefwaarde,doel,lopen,te voet,looptijd,dementie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chooses new meeting-place sites from candidates so that as many people as possible live within a walking time of a meeting place.</source>
        <translation>Kiest uit kandidaatlocaties de locaties voor nieuwe ontmoetingsplekken, zodat zo veel mogelijk mensen binnen een bepaalde looptijd van een ontmoetingsplek wonen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Chooses &lt;b&gt;K&lt;/b&gt; sites from the &lt;b&gt;candidates&lt;/b&gt; (community buildings, ground-floor spaces, grid cells) so that the demand within the walking time of a meeting place, existing or new, is as large as possible: the maximal covering location problem over the street network. Greedy selection with lazy re-evaluation, then 1-for-1 swaps while they add coverage.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: the chosen sites in order, with the candidate&apos;s fields and &lt;i&gt;site_order&lt;/i&gt; (1 = chosen first), &lt;i&gt;gain&lt;/i&gt; (demand it adds to the existing meeting places and the sites before it), &lt;i&gt;gain_share&lt;/i&gt; (% of all demand), &lt;i&gt;covered&lt;/i&gt; and &lt;i&gt;covered_share&lt;/i&gt; (cumulative, existing included). A site that adds nothing is never chosen, so fewer than K sites can come out.&lt;/p&gt;&lt;p&gt;Also, as algorithm outputs: the coverage before and after, and the smallest number of new sites that reaches the target (default 80 %, the national target for people with dementia living at home), or the best coverage the candidates can reach.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kiest &lt;b&gt;K&lt;/b&gt; locaties uit de &lt;b&gt;kandidaatlocaties&lt;/b&gt; (maatschappelijk vastgoed, ruimtes op de begane grond, vierkanten), zodat de vraag binnen de looptijd van een bestaande of nieuwe ontmoetingsplek zo groot mogelijk is: het probleem van maximale dekking (maximal covering location problem) over het stratennetwerk. Eerst een gretige keuze (greedy) met uitgestelde herberekening, daarna één-op-één-ruilen zolang die de dekking vergroten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de gekozen locaties op volgorde, met de velden van de kandidaatlocatie en &lt;i&gt;site_order&lt;/i&gt; (1 = als eerste gekozen), &lt;i&gt;gain&lt;/i&gt; (de vraag die de locatie toevoegt aan die van de bestaande ontmoetingsplekken en de eerder gekozen locaties), &lt;i&gt;gain_share&lt;/i&gt; (% van de totale vraag), &lt;i&gt;covered&lt;/i&gt; en &lt;i&gt;covered_share&lt;/i&gt; (cumulatief, bestaande ontmoetingsplekken inbegrepen). Een locatie die niets toevoegt, wordt nooit gekozen; er kunnen dus minder dan K locaties uitkomen.&lt;/p&gt;&lt;p&gt;Verder, als uitvoer van het algoritme: de dekking nu en met de nieuwe locaties, en het kleinste aantal nieuwe locaties waarmee de streefwaarde wordt gehaald (standaard 80 %, het landelijke doel voor thuiswonende mensen met dementie), of de beste dekking die met de kandidaatlocaties haalbaar is.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Candidate sites</source>
        <translation>Kandidaatlocaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points or polygons where a meeting place could go: community buildings, ground-floor spaces, grid cells.</source>
        <translation>Punten of polygonen waar een ontmoetingsplek zou kunnen komen: maatschappelijk vastgoed, ruimtes op de begane grond, vierkanten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidate id field</source>
        <translation>Id-veld van de kandidaatlocaties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names the chosen sites in the output and the log. Empty: the feature id.</source>
        <translation>Geeft de gekozen locaties een naam in de uitvoer en het log. Leeg: het object-id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of new sites</source>
        <translation>Aantal nieuwe locaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many new sites to choose. Fewer come out when no other candidate adds anyone.</source>
        <translation>Hoeveel nieuwe locaties er gekozen worden. Er komen er minder uit als geen andere kandidaatlocatie nog iemand toevoegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+242"/>
        <source>New meeting-place sites</source>
        <translation>Locaties voor nieuwe ontmoetingsplekken</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>The chosen sites in the order chosen, with the demand each adds.</source>
        <translation>De gekozen locaties in de volgorde van kiezen, met de vraag die elk toevoegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share within reach now (%)</source>
        <translation>Aandeel nu binnen bereik (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share within reach with the new sites (%)</source>
        <translation>Aandeel binnen bereik met de nieuwe locaties (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sites chosen</source>
        <translation>Aantal gekozen nieuwe locaties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewest new sites that reach the target (-1: not reachable)</source>
        <translation>Kleinste aantal nieuwe locaties waarmee de streefwaarde wordt gehaald (-1: niet haalbaar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best share the candidates can reach (%)</source>
        <translation>Hoogste aandeel dat met de kandidaatlocaties haalbaar is (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target: already_met, reached or unreachable</source>
        <translation>Streefwaarde: already_met (al gehaald), reached (gehaald) of unreachable (niet haalbaar)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>Laag &quot;%1&quot; heeft geen veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Layer &quot;%1&quot; has no candidate sites (%2 without geometry).</source>
        <translation>Laag &quot;%1&quot; bevat geen kandidaatlocaties (%2 zonder geometrie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 candidate(s) in &quot;%2&quot; have no geometry and are left out.</source>
        <translation>Weggelaten uit &quot;%2&quot;: %1 kandidaatlocatie(s) zonder geometrie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 candidate(s) are more than %2 m from a walkable street and cover no one: %3</source>
        <translation>%1 kandidaatlocatie(s) op meer dan %2 m van een beloopbare straat, dus voor niemand binnen bereik: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candidate id(s) occur more than once in &quot;%1&quot;: %2.</source>
        <translation>Id&apos;s van kandidaatlocaties die meer dan eens voorkomen in &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layer &quot;%1&quot; has no demand to cover: no feature with a geometry and a usable weight.</source>
        <translation>Laag &quot;%1&quot; heeft geen vraag om te dekken: geen object met een geometrie en een bruikbaar gewicht.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Layer &quot;%1&quot;, weights from field &quot;%2&quot;: %3. Check the weights (a total of %4).</source>
        <translation>Laag &quot;%1&quot;, gewichten uit veld &quot;%2&quot;: %3. Controleer de gewichten (totaal %4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TARGET %1 %: %2. Give TARGET as a percentage from 0 to 100.</source>
        <translation>TARGET %1 %: %2. Geef TARGET op als percentage van 0 tot en met 100.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1. %2: +%3 (%4 %), %5 % within reach.</source>
        <translation>%1. %2: +%3 (%4 %), %5 % binnen bereik.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Within %1 minutes (%2 m) of %3: now %4 % of %5, with %6 new site(s) %7 %.</source>
        <translation>Binnen %1 minuten lopen (%2 m) van %3: nu %4 % van %5, met %6 nieuwe locatie(s) %7 %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only %1 of the %2 site(s) asked for add anyone: no other candidate reaches people who are not within reach yet.</source>
        <translation>Extra mensen binnen bereik bij slechts %1 van de %2 gevraagde locatie(s): geen andere kandidaatlocatie bereikt mensen die nog niet binnen bereik zijn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The target of %1 % is already met without new sites.</source>
        <translation>De streefwaarde van %1 % wordt al zonder nieuwe locaties gehaald.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target of %1 % needs at least %2 new site(s) from these candidates.</source>
        <translation>Nodig voor de streefwaarde van %1 %: ten minste %2 nieuwe locatie(s) uit deze kandidaatlocaties.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target of %1 % cannot be reached with these candidates: at best %2 % with %3 new site(s).</source>
        <translation>De streefwaarde van %1 % is met deze kandidaatlocaties niet haalbaar: hoogstens %2 % met %3 nieuwe locatie(s).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demand: %1 weighted by %2; candidates: %3; existing: %4; within %5 minutes at %6 m/s; street network: %7.</source>
        <translation>Vraag: %1, gewogen met %2; kandidaatlocaties: %3; bestaand: %4; binnen %5 minuten bij %6 m/s; stratennetwerk: %7.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+97"/>
        <source>1 per feature</source>
        <translation>1 per object</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Demand (people to reach)</source>
        <translation>Vraag (te bereiken mensen)</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>Within reach: %1 % now, %2 % with the new sites.</source>
        <translation>Binnen bereik: nu %1 %, met de nieuwe locaties %2 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting places</source>
        <translation>ontmoetingsplekken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site selection</source>
        <translation>locatiekeuze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No order</source>
        <translation>Geen volgorde</translation>
    </message>
    <message>
        <location filename="../algorithms/dfalgorithmsitemeetingplaces.h" line="+15"/>
        <source>Best new meeting-place sites</source>
        <translation>Beste locaties voor nieuwe ontmoetingsplekken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlays for action</source>
        <translation>Kaarten voor actie</translation>
    </message>
</context>
<context>
    <name>DfSupport</name>
    <message>
        <location filename="../algorithms/dfalgorithmsupport.cpp" line="+37"/>
        <source>a number from %1 to %2</source>
        <translation>een getal van %1 tot en met %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number of %1 or more</source>
        <translation>een getal van %1 of meer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number of at most %1</source>
        <translation>een getal van ten hoogste %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a finite number</source>
        <translation>een eindig getal</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Parameter %1 is &quot;%2&quot;, which is not a finite number: give %3.</source>
        <translation>Parameter %1 is &quot;%2&quot; en dat is geen eindig getal: geef %3 op.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameter %1 is %2, outside its range: give %3.</source>
        <translation>Parameter %1 is %2 en valt buiten het toegestane bereik: geef %3 op.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parameter %1 is %2: give a whole number.</source>
        <translation>Parameter %1 is %2: geef een geheel getal op.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not write a feature into %1 (&quot;%2&quot;): %3. Check that the folder is writable and the disk has room; a Shapefile holds no text longer than 254 characters, so write to a GeoPackage (.gpkg) instead.</source>
        <translation>Kon geen object schrijven naar %1 (&quot;%2&quot;): %3. Controleer of u schrijfrechten op de map hebt en of er genoeg schijfruimte is; een Shapefile kan geen tekst langer dan 254 tekens bevatten, schrijf dan liever naar een GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the data provider gave no reason</source>
        <translation>de gegevensprovider gaf geen reden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Made with the QGIS plugin Dementia-friendly neighbourhoods %1, algorithm %2, on %3.</source>
        <translation>Gemaakt met de QGIS-plug-in Dementievriendelijke buurten %1, algoritme %2, op %3.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The input field &quot;%1&quot; is replaced by the new result.</source>
        <translation>Het invoerveld &quot;%1&quot; wordt vervangen door het nieuwe resultaat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled: the incomplete output was removed.</source>
        <translation>Geannuleerd: de onvolledige uitvoer is verwijderd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing (empty)</source>
        <translation>ontbreekt (leeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret (CBS secrecy code)</source>
        <translation>geheim (geheimhoudingscode van het CBS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not published (CBS)</source>
        <translation>niet gepubliceerd (CBS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a number</source>
        <translation>geen getal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impossible value</source>
        <translation>onmogelijke waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zero</source>
        <translation>nul</translation>
    </message>
    <message>
        <location filename="../algorithms/dfalgorithmsupport.h" line="+69"/>
        <source>Cannot read the profile &quot;%1&quot;: %2</source>
        <translation>Kan het profiel &quot;%1&quot; niet lezen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profiel &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>DfWalkingAccessAlgorithm</name>
    <message>
        <location filename="../algorithms/dfalgorithmwalkingaccess.cpp" line="+50"/>
        <source>walking,distance,network,accessibility,nearest,meeting place,GP,supermarket,street,isochrone,ontmoetingsplek,loopafstand</source>
        <translation>lopen,te voet,loopafstand,looptijd,afstand,netwerk,stratennetwerk,bereikbaarheid,dichtstbijzijnde,voorziening,ontmoetingsplek,huisarts,supermarkt,straat,isochroon,isochrone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking distance and time over the street network from every home or area to the nearest facility of each kind.</source>
        <translation>Loopafstand en looptijd over het stratennetwerk van elke woning of elk gebied naar de dichtstbijzijnde voorziening van elke soort.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Origins (addresses, buurten or grid cells)</source>
        <translation>Herkomsten (adressen, buurten of vierkanten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses inside area origins</source>
        <translation>Adressen binnen herkomstgebieden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the origins are areas: the homes inside each area are its origins (BAG verblijfsobjecten with a woonfunctie). Without them a point on the area&apos;s surface is used.</source>
        <translation>Als de herkomsten gebieden zijn: de woningen binnen elk gebied zijn de herkomstpunten van dat gebied (BAG-verblijfsobjecten met een woonfunctie). Zonder deze laag wordt een punt op het oppervlak van het gebied gebruikt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Facilities farther than this count as not within reach (the fields stay empty). A smaller value makes the search faster.</source>
        <translation>Voorzieningen die verder weg liggen, gelden als niet binnen bereik (de velden blijven leeg). Met een kleinere waarde gaat het zoeken sneller.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walking distances</source>
        <translation>Loopafstanden</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&lt;p&gt;For every origin (address points, or areas such as buurten and grid cells) the walking distance over the street network to the nearest facility, per kind of facility, in one search per kind.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance&lt;/b&gt; = the straight line from the origin to the nearest point of the nearest walkable street + the distance along the streets + the straight line to the facility. Streets connect where they share a vertex (within the topology tolerance); bridges and tunnels that cross without one stay apart.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Areas&lt;/b&gt;: with an address layer, the area&apos;s value is the median over the addresses inside it (half of the homes are closer), and the nearest facility is the one nearest to most of them; without addresses, a point on the area&apos;s surface is used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kinds&lt;/b&gt;: with a facility kind field, only the kinds in &lt;i&gt;Facility kinds to measure&lt;/i&gt; are measured; by default those of the neighbourhood score (meeting_place, gp, pharmacy, supermarket, bus_stop, park). Dutch and OpenStreetMap names count as the same kind, as in the score: ontmoetingsplek, buurthuis, odensehuis, dagbesteding, community_centre, social_centre -&gt; meeting_place; huisarts, huisartsenpraktijk, gezondheidscentrum, doctors -&gt; gp; apotheek -&gt; pharmacy; supermarkt -&gt; supermarket; bushalte, halte -&gt; bus_stop; groen -&gt; park. The log lists the values measured and not measured, with their numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output fields&lt;/b&gt;: without a facility kind field &lt;i&gt;dist_m&lt;/i&gt; (metres), &lt;i&gt;walk_min&lt;/i&gt; (minutes at the walking speed) and &lt;i&gt;nearest_id&lt;/i&gt;; with one, per kind &lt;i&gt;&amp;lt;kind&amp;gt;_m&lt;/i&gt;, &lt;i&gt;&amp;lt;kind&amp;gt;_min&lt;/i&gt;, &lt;i&gt;&amp;lt;kind&amp;gt;_id&lt;/i&gt;, named by the kind (&quot;Meeting place&quot; and &quot;ontmoetingsplek&quot; both give &lt;i&gt;meeting_place_m&lt;/i&gt;). Empty when the nearest facility is beyond the maximum distance or cannot be reached.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Counts&lt;/b&gt;: &lt;i&gt;ORIGINS_REACHED&lt;/i&gt;, the origins with a facility of every measured kind within the maximum distance; &lt;i&gt;ORIGINS_UNREACHED&lt;/i&gt;, those without one of at least one kind (beyond the maximum distance, on a part of the network without that kind, or off the network); the log gives per kind how many origins lack it, so a rare kind (public toilets) explains a large number; &lt;i&gt;ORIGINS_OFF_NETWORK&lt;/i&gt;, origins farther than the maximum distance to the street network from any walkable street (also counted as unreached).&lt;/p&gt;&lt;p&gt;The street network must be in a projected CRS in metres (EPSG:28992 in the Netherlands); other layers are reprojected to it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor elke herkomst (adrespunten, of gebieden zoals buurten en rastercellen) de loopafstand over het straatnetwerk naar de dichtstbijzijnde voorziening, per soort voorziening, in één zoektocht per soort.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Afstand&lt;/b&gt; = de rechte lijn van de herkomst naar het dichtstbijzijnde punt van de dichtstbijzijnde beloopbare straat + de afstand langs de straten + de rechte lijn naar de voorziening. Straten zijn verbonden waar ze een hoekpunt delen (binnen de topologietolerantie); bruggen en tunnels die kruisen zonder gedeeld hoekpunt blijven gescheiden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gebieden&lt;/b&gt;: met een adressenlaag is de waarde van een gebied de mediaan over de adressen erin (de helft van de woningen ligt dichterbij), en de dichtstbijzijnde voorziening is die welke voor de meeste van hen het dichtst bij is; zonder adressen wordt een punt binnen het gebied gebruikt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Soorten&lt;/b&gt;: met een soortveld worden alleen de soorten in &lt;i&gt;Soorten voorzieningen om te meten&lt;/i&gt; gemeten; standaard die van de buurtscore (meeting_place, gp, pharmacy, supermarket, bus_stop, park). Nederlandse en OpenStreetMap-namen tellen als dezelfde soort, net als in de score: ontmoetingsplek, buurthuis, odensehuis, dagbesteding, community_centre, social_centre -&gt; meeting_place; huisarts, huisartsenpraktijk, gezondheidscentrum, doctors -&gt; gp; apotheek -&gt; pharmacy; supermarkt -&gt; supermarket; bushalte, halte -&gt; bus_stop; groen -&gt; park. Het logboek noemt de gemeten en niet-gemeten waarden met hun aantallen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoervelden&lt;/b&gt;: zonder soortveld &lt;i&gt;dist_m&lt;/i&gt; (meters), &lt;i&gt;walk_min&lt;/i&gt; (minuten bij de loopsnelheid) en &lt;i&gt;nearest_id&lt;/i&gt;; met een soortveld per soort &lt;i&gt;&amp;lt;soort&amp;gt;_m&lt;/i&gt;, &lt;i&gt;&amp;lt;soort&amp;gt;_min&lt;/i&gt;, &lt;i&gt;&amp;lt;soort&amp;gt;_id&lt;/i&gt;, genoemd naar de soort (&quot;Meeting place&quot; en &quot;ontmoetingsplek&quot; geven allebei &lt;i&gt;meeting_place_m&lt;/i&gt;). Leeg als de dichtstbijzijnde voorziening verder dan de grootste afstand ligt of niet bereikbaar is.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aantallen&lt;/b&gt;: &lt;i&gt;ORIGINS_REACHED&lt;/i&gt;, de herkomsten met een voorziening van elke gemeten soort binnen de grootste afstand; &lt;i&gt;ORIGINS_UNREACHED&lt;/i&gt;, die zonder een voorziening van minstens één soort (verder dan de grootste afstand, op een deel van het netwerk zonder die soort, of buiten het netwerk); het logboek geeft per soort hoeveel herkomsten haar missen, zodat een zeldzame soort (openbare toiletten) een groot aantal verklaart; &lt;i&gt;ORIGINS_OFF_NETWORK&lt;/i&gt;, herkomsten verder dan de grootste afstand tot het netwerk van elke beloopbare straat (ook als niet bereikt geteld).&lt;/p&gt;&lt;p&gt;Het straatnetwerk moet in een geprojecteerd CRS in meters liggen (EPSG:28992 in Nederland); andere lagen worden ernaar omgezet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Facility kinds to measure</source>
        <translation>Te meten soorten voorzieningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated. Default: the kinds of the neighbourhood score&apos;s profile. Dutch and OpenStreetMap names count as the same kind (ontmoetingsplek, community_centre -&gt; meeting_place; huisarts, doctors -&gt; gp; supermarkt -&gt; supermarket; bushalte -&gt; bus_stop). Other kinds in the layer are not measured and get no fields. Empty: every kind in the layer. Ignored without a kind field.</source>
        <translation>Gescheiden door komma&apos;s. Standaard: de soorten van het profiel van de buurtscore. Nederlandse en OpenStreetMap-namen tellen als dezelfde soort (ontmoetingsplek, community_centre -&gt; meeting_place; huisarts, doctors -&gt; gp; supermarkt -&gt; supermarket; bushalte -&gt; bus_stop). Andere soorten in de laag worden niet gemeten en krijgen geen velden. Leeg: elke soort in de laag. Genegeerd zonder soortveld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum walking distance (m)</source>
        <translation>Maximale loopafstand (m)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Origins reaching every kind</source>
        <translation>Herkomsten die elke soort bereiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origins missing some kind</source>
        <translation>Herkomsten die een soort missen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origins off the network</source>
        <translation>Herkomsten buiten het netwerk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facility kinds to measure: empty, so every kind in the layer: %1.</source>
        <translation>Te meten soorten: leeg, dus elke soort in de laag: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None of the facility kinds to measure (KINDS: %1) is in the layer; the kinds present are: %2. Choose the right kind field or list the kinds to measure.</source>
        <translation>Geen van de te meten soorten (KINDS: %1) staat in de laag; de aanwezige soorten zijn: %2. Kies het juiste soortveld of noem de te meten soorten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measured: %1. Not measured (not in &quot;KINDS&quot;): %2.</source>
        <translation>Gemeten: %1. Niet gemeten (niet in &quot;KINDS&quot;): %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>No facilities of kind %1 in the layer: those kinds get no fields.</source>
        <translation>Geen voorzieningen van soort %1 in de laag: die soorten krijgen geen velden.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1 of %2 within %3 m of a facility</source>
        <translation>%1 van %2 binnen %3 m van een voorziening</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of %3 within %4 m</source>
        <translation>%1: %2 van %3 binnen %4 m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origins in &quot;%1&quot;: %2.</source>
        <translation>Herkomsten in &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>facility</source>
        <translation>voorziening</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;ORIGINS_REACHED&quot; %1: origins with a facility of every measured kind within %2 m. &quot;ORIGINS_UNREACHED&quot; %3: origins without one of some kind within %2 m (beyond it, on another part of the network, or off the network); per kind, origins without one: %4. &quot;ORIGINS_OFF_NETWORK&quot; %5: origins more than %6 m from a walkable street (counted as unreached too).</source>
        <translation>&quot;ORIGINS_REACHED&quot; %1: herkomsten met een voorziening van elke gemeten soort binnen %2 m. &quot;ORIGINS_UNREACHED&quot; %3: herkomsten zonder voorziening van een of meer soorten binnen %2 m (verder weg, op een ander deel van het netwerk, of buiten het netwerk); per soort de herkomsten zonder: %4. &quot;ORIGINS_OFF_NETWORK&quot; %5: herkomsten op meer dan %6 m van een beloopbare straat (ook als niet bereikt geteld).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 origin(s) are more than %2 m from a walkable street and get no distance.</source>
        <translation>%1 herkomst(en) op meer dan %2 m van een beloopbare straat: geen afstand berekend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 origin(s) have no geometry and get no distance.</source>
        <translation>%1 herkomst(en) zonder geometrie: geen afstand berekend.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not within %1 m</source>
        <translation>Niet binnen %1 m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all facilities</source>
        <translation>alle voorzieningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walking distance to the nearest facility</source>
        <translation>Loopafstand tot de dichtstbijzijnde voorziening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins: %1; street network: %2; facility kinds: %3.</source>
        <translation>Herkomsten: %1; stratennetwerk: %2; soorten voorzieningen: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walking speed %1 m/s; maximum distance %2 m; maximum distance to the network %3 m.</source>
        <translation>Loopsnelheid %1 m/s; maximale loopafstand %2 m; maximale afstand tot het netwerk %3 m.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>walking accessibility</source>
        <translation>bereikbaarheid te voet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dementia-friendly</source>
        <translation>dementievriendelijk</translation>
    </message>
    <message>
        <location filename="../algorithms/dfalgorithmwalkingaccess.h" line="+14"/>
        <source>Walking distance to nearest facility</source>
        <translation>Loopafstand tot dichtstbijzijnde voorziening</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../algorithms/dfcrscheck.cpp" line="+118"/>
        <source>no CRS</source>
        <translation>geen CRS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a CRS without EPSG code (%1)</source>
        <translation>een CRS zonder EPSG-code (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;, a CRS without EPSG code (%2)</source>
        <translation>&quot;%1&quot;, een CRS zonder EPSG-code (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Layer &quot;%1&quot; says its CRS is %2, but its coordinates (x %3 to %4, y %5 to %6) are those of RD New: the CRS label is probably wrong. Set the layer&apos;s CRS to EPSG:28992 (Layer Properties &gt; Source) before any distance analysis.</source>
        <translation>Laag &quot;%1&quot; heeft volgens de instellingen CRS %2, maar de coördinaten (x %3 tot %4, y %5 tot %6) zijn die van RD New: het CRS is waarschijnlijk verkeerd ingesteld. Stel het CRS van de laag in op EPSG:28992 (Laageigenschappen &gt; Bron) voordat u afstanden analyseert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Layer &quot;%1&quot; is in %2, but its coordinates (x %3 to %4, y %5 to %6) lie outside the area that CRS is made for: the CRS label is probably wrong, and nothing in the layer will meet the other layers. Set the layer&apos;s true CRS (for Dutch data usually EPSG:28992, RD New) in Layer Properties &gt; Source.</source>
        <translation>Laag &quot;%1&quot; staat in %2, maar de coördinaten (x %3 tot %4, y %5 tot %6) liggen buiten het gebied waarvoor dat CRS bedoeld is: het CRS is waarschijnlijk verkeerd ingesteld, en niets in de laag zal overlappen met de andere lagen. Stel het juiste CRS van de laag in (voor Nederlandse gegevens meestal EPSG:28992, RD New) bij Laageigenschappen &gt; Bron.</translation>
    </message>
    <message>
        <location filename="../algorithms/dfoutputstyle.cpp" line="+209"/>
        <source>No estimate (secret or missing data)</source>
        <translation>Geen schatting (geheime of ontbrekende gegevens)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The style %1 is missing from the plugin.</source>
        <translation>De stijl %1 ontbreekt in de plug-in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not apply the style %1: %2</source>
        <translation>Kon de stijl %1 niet toepassen: %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Could not reopen the output %1 to store its style.</source>
        <translation>Kon de uitvoer %1 niet opnieuw openen om de stijl op te slaan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Style of the dementia-friendly plugin: %1</source>
        <translation>Stijl van de plug-in Dementievriendelijke buurten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not store the style %1 in %2: %3</source>
        <translation>Kon de stijl %1 niet opslaan in %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Default style of the dementia-friendly plugin</source>
        <translation>Standaardstijl van de plug-in Dementievriendelijke buurten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not store the style in %1: %2</source>
        <translation>Kon de stijl niet opslaan in %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not store the metadata in %1: %2</source>
        <translation>Kon de metadata niet opslaan in %1: %2</translation>
    </message>
    <message>
        <location filename="../plugin/dfplugin.cpp" line="-91"/>
        <source>&amp;Dementia-friendly neighbourhoods</source>
        <translation>&amp;Dementievriendelijke buurten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dementia-friendly neighbourhoods</source>
        <translation>Dementievriendelijke buurten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing algorithms for dementia-friendly neighbourhoods</source>
        <translation>Processing-algoritmen voor dementievriendelijke buurten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugins</source>
        <translation>Plug-ins</translation>
    </message>
</context>
</TS>
