<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DfEstimateDementiaAlgorithm</name>
    <message>
        <location filename="../algorithms/dfalgorithmestimatedementia.cpp" line="+96"/>
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
        <location line="+1"/>
        <source>Alzheimer Europe 2019, by sex and 5-year age band</source>
        <translation>Alzheimer Europe 2019, naar geslacht en leeftijdsklasse van 5 jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat share of the 65+ population</source>
        <translation>Vast aandeel van de 65-plussers</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+122"/>
        <source>Custom rate table</source>
        <translation>Eigen prevalentietabel</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Flat rate (% of 65+)</source>
        <translation>Vast aandeel (% van de 65-plussers)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used with the flat preset: a little over 8 % of people aged 65 and over have dementia (Alzheimer Nederland).</source>
        <translation>Gebruikt bij de keuze ‘Vast aandeel van de 65-plussers’: iets meer dan 8 % van de mensen van 65 jaar en ouder heeft dementie (Alzheimer Nederland).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom rate table (% with dementia)</source>
        <translation>Eigen prevalentietabel (% met dementie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Age from</source>
        <translation>Leeftijd van</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Age to (empty = and older)</source>
        <translation>Leeftijd t/m (leeg = en ouder)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Men %</source>
        <translation>Mannen %</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Women %</source>
        <translation>Vrouwen %</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Used with the custom preset: one row per age band, e.g. 65, 69, 1.8, 1.4 and 90, , 29.2, 44.4.</source>
        <translation>Gebruikt bij de keuze ‘Eigen prevalentietabel’: één rij per leeftijdsklasse, bijvoorbeeld 65 | 69 | 1,8 | 1,4 en 90 | (leeg) | 29,2 | 44,4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age mix of the 65+ population (% of all 65+)</source>
        <translation>Leeftijdsopbouw van de 65-plussers (% van alle 65-plussers)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How a 65+ count is split over age bands and sexes; the shares add up to 100. Empty: the Netherlands on 1 January 2024 (CBS 03759ned). Use your municipality&apos;s figures for a better estimate.</source>
        <translation>Hoe een aantal 65-plussers wordt verdeeld over leeftijdsklassen en geslacht; de aandelen tellen op tot 100. Leeg: Nederland op 1 januari 2024 (CBS 03759ned). Gebruik de cijfers van uw eigen gemeente voor een betere schatting.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Field with the number of people aged 65+ (instead of detection)</source>
        <translation>Veld met het aantal 65-plussers (in plaats van automatische herkenning)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overrides the automatic recognition of the input layout.</source>
        <translation>Gaat vóór de automatische herkenning van de invoerindeling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field with the percentage aged 65+ (instead of detection)</source>
        <translation>Veld met het percentage 65-plussers (in plaats van automatische herkenning)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs the inhabitants field too.</source>
        <translation>Vereist ook het veld met het aantal inwoners.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field with the number of inhabitants</source>
        <translation>Veld met het aantal inwoners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used with the percentage field.</source>
        <translation>Wordt samen met het percentageveld gebruikt.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+3"/>
        <source>Projection: growth factor of the older population</source>
        <translation>Prognose: groeifactor van de oudere bevolking</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projection: trend in prevalence per decade (%)</source>
        <translation>Prognose: trend in de prevalentie per tien jaar (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projection: number of years ahead</source>
        <translation>Prognose: aantal jaren vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trend per decade is applied over this many years.</source>
        <translation>De trend per tien jaar wordt over dit aantal jaren toegepast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+252"/>
        <source>Estimated people with dementia</source>
        <translation>Geschat aantal mensen met dementie</translation>
    </message>
    <message>
        <location line="-249"/>
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
        <location line="-157"/>
        <source>%1, row %2: expected an age from, an age to (empty for &quot;and older&quot;) and two numbers.</source>
        <translation>%1, rij %2: verwacht een leeftijd van, een leeftijd t/m (leeg voor &quot;en ouder&quot;) en twee getallen.</translation>
    </message>
    <message>
        <location line="+182"/>
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
        <location line="+56"/>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>Laag &quot;%1&quot; heeft geen veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>A percentage of 65+ needs the number of inhabitants: choose the inhabitants field (INHABITANTS_FIELD) of layer &quot;%1&quot;.</source>
        <translation>Bij een percentage 65-plussers is ook het aantal inwoners nodig: kies het veld met het aantal inwoners (INHABITANTS_FIELD) van laag &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layer &quot;%1&quot; has no population fields that this algorithm recognises. %2 Or choose the fields under Advanced parameters.</source>
        <translation>Laag &quot;%1&quot; heeft geen bevolkingsvelden die dit algoritme herkent. %2 Of kies de velden onder Geavanceerde parameters.</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+121"/>
        <source>Rates: flat %1 % of the 65+ population.</source>
        <translation>Prevalentie: vast aandeel van %1 % van de 65-plussers.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Rates: %1 (%2).</source>
        <translation>Prevalentiecijfers: %1 (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The input field &quot;%1&quot; is replaced by the new estimate.</source>
        <translation>Het invoerveld &quot;%1&quot; wordt vervangen door de nieuwe schatting.</translation>
    </message>
    <message>
        <location line="+78"/>
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
        <location filename="../algorithms/dfalgorithmestimatedementia.h" line="+24"/>
        <source>Estimate people with dementia</source>
        <translation>Aantal mensen met dementie schatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <location filename="../algorithms/dfalgorithmestimatedementia.cpp" line="-314"/>
        <source>Field with people with dementia living in nursing homes</source>
        <translation>Veld met mensen met dementie die in een verpleeghuis wonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with dementia living in nursing homes in the area, e.g. the occupied psychogeriatric places; subtracted from the estimate to give those living at home. Where empty, the share living at home is applied.</source>
        <translation>Mensen met dementie die in een verpleeghuis in het gebied wonen, bijvoorbeeld de bezette psychogeriatrische plaatsen; ze worden van de schatting afgetrokken om het aantal thuiswonenden te krijgen. Waar het veld leeg is, wordt het aandeel thuiswonend toegepast.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 = the year of the data. Use the growth of the oldest groups, which hold most cases: the number of people with dementia in the Netherlands is expected to grow about 1.7 times from 2024 to 2040, as does the 80+ population.</source>
        <translation>1 = het jaar van de gegevens. Gebruik de groei van de oudste groepen, waarin de meeste gevallen vallen: het aantal mensen met dementie in Nederland groeit naar verwachting ongeveer 1,7 keer van 2024 tot 2040, net als het aantal 80-plussers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For example -13: Brück et al. (2022) found age-specific incidence falling by 13 % per decade; applied here to prevalence as an approximation.</source>
        <translation>Bijvoorbeeld -13: Brück et al. (2022) vonden dat de leeftijdsspecifieke incidentie met 13 % per tien jaar daalt; hier bij benadering op de prevalentie toegepast.</translation>
    </message>
    <message>
        <location line="+253"/>
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
    <name>DfPlugin</name>
    <message>
        <location filename="../plugin/dfplugin.cpp" line="+53"/>
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
        <location line="+35"/>
        <source>&lt;p&gt;&lt;b&gt;Dementia-friendly neighbourhoods %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Processing algorithms that help municipalities decide, per neighbourhood, where senior housing and meeting places for people with dementia are most urgent.&lt;/p&gt;&lt;p&gt;Algorithms (Processing Toolbox, batch mode, graphical modeler, qgis_process):&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Documentation: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dementievriendelijke buurten %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Processing-algoritmen die gemeenten helpen om per buurt te bepalen waar seniorenwoningen en ontmoetingsplekken voor mensen met dementie het meest nodig zijn.&lt;/p&gt;&lt;p&gt;Algoritmen (Toolbox Processing, batch-proces, Grafische modellen bouwen, qgis_process):&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Documentatie: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DfProvider</name>
    <message>
        <location filename="../algorithms/dfprovider.cpp" line="+12"/>
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
    <name>QObject</name>
    <message>
        <location filename="../algorithms/dfcrscheck.cpp" line="+20"/>
        <source>Layer &quot;%1&quot; says its CRS is %2, but its coordinates (x %3 to %4, y %5 to %6) are those of RD New: the CRS label is probably wrong. Set the layer&apos;s CRS to EPSG:28992 (Layer Properties &gt; Source) before any distance analysis.</source>
        <translation>Laag &quot;%1&quot; heeft volgens de instellingen CRS %2, maar de coördinaten (x %3 tot %4, y %5 tot %6) zijn die van RD New: het CRS is waarschijnlijk verkeerd ingesteld. Stel het CRS van de laag in op EPSG:28992 (Laageigenschappen &gt; Bron) voordat u afstanden analyseert.</translation>
    </message>
    <message>
        <location filename="../algorithms/dfoutputstyle.cpp" line="+79"/>
        <source>No estimate (secret or missing data)</source>
        <translation>Geen schatting (geheime of ontbrekende gegevens)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The style %1 is missing from the plugin.</source>
        <translation>De stijl %1 ontbreekt in de plug-in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not apply the style %1: %2</source>
        <translation>Kon de stijl %1 niet toepassen: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not reopen the output %1 to store its style.</source>
        <translation>Kon de uitvoer %1 niet opnieuw openen om de stijl op te slaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Default style of the dementia-friendly plugin</source>
        <translation>Standaardstijl van de plug-in Dementievriendelijke buurten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not store the style in %1: %2</source>
        <translation>Kon de stijl niet opslaan in %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not store the metadata in %1: %2</source>
        <translation>Kon de metadata niet opslaan in %1: %2</translation>
    </message>
    <message>
        <location filename="../plugin/dfplugin.cpp" line="-76"/>
        <source>&amp;Dementia-friendly neighbourhoods</source>
        <translation>&amp;Dementievriendelijke buurten</translation>
    </message>
    <message>
        <location line="+16"/>
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
