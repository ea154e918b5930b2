"""probe229 corpus notes, G01-G07 (EMS, transport and community paramedicine, plus the clinics
around them; all people, places and wording invented for this corpus)."""

G01 = {"patient_id": "G01", "age": 67, "sex": "M", "notes": [
("2023-04-11", "Community Paramedicine Home Visit", """
MOBILE INTEGRATED HEALTH - COMMUNITY PARAMEDIC HOME VISIT
Unit CP-3 | Ridgeford County EMS | Visit type: post-discharge f/u (#2 of 4)

67M at home w/ wife, referred by Harlow Valley MC after a CHF admit.
PMHx: ESRD - Lockmere Dialysis chairside MWF; DM2; AF,
anticoagulated with apixaban 5 mg BID (has never been on warfarin); HTN.
Med rec: glargine 22 u qHS + lispro sliding scale w/ meals - insulin is
new for him since Jan 2023. Watched him draw up and inject: he goes into
the R outer thigh every single time ("belly stings, the right leg
doesn't"), same patch since he started. Skin R lateral thigh: a few
pea-sized rubbery bumps (lipohypertrophy), no open areas.
Taught site rotation w/ teach-back, he agrees to try the L side too.
Home scale 104.2 kg; BMI 33.8 per d/c summary.
VS: BP 142/78, HR 84 irreg, SpO2 95% RA, BGL 211.
Plan: next CP visit 1 wk, msg PCP about fasting sugars.
"""),
("2023-06-02", "EMS Patient Care Report", """
RIDGEFORD CO. EMS - PATIENT CARE REPORT   Medic 7 (ALS)
Incident 23-061947   Dispatch: sick person   Priority 2

C: 67M c/o severe R thigh pain 9/10, worse w/ any touch or clothing.
H: Per pt a purplish blotch surfaced along his R outer thigh 2 weeks
ago ("that's my shot spot, right there") and the center has darkened to
black since Tuesday or so. HD yesterday, no missed runs. Denies any
fall. PMHx ESRD/HD, DM2 on insulin, AF, CHF. NKDA.
A: A&Ox4, GCS 15. R lateral thigh: approx 6x4cm hard violaceous
net-patterned plaque w/ central black eschar, no drainage, no streaking.
Distal CMS intact x4.
BP 156/88  HR 92  RR 18  SpO2 96% RA  T 37.4  BGL 244
R: Position of comfort, fentanyl 50 mcg IN per protocol, pain down to 6/10.
T: Non-emergent to Harlow Valley MC ED, bedside report to RN Tamsin,
care transferred w/o incident.
"""),
("2023-06-09", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT - FOLLOW-UP   Harlow Valley Medical Center
Reason: R thigh necrotic plaque

Punch bx 2023-06-05, plaque margin. Path: mural calcium within tiny
subcutis arterioles, thrombosed lumens, fatty necrosis; von Kossa:
strongly positive. Final dx: calciphylaxis (aka calcific uremic arteriolopathy)
- R lateral thigh.
Hx: onset ~May 19 per pt and the ambulance run sheet; this is the exact
area he has used for every insulin injection since January.
Exam: eschar 6.5x4.5cm ringed by retiform purpura, R lateral thigh.
Trunk, both arms and the L leg clear.
Wt 102.8 kg, BMI 33.1.
Plan: IV sodium thiosulfate 25g w/ each Lockmere HD session, renal
aware; WOC nurse managing dressings; stop all thigh injections - insulin
moves to upper arms/abdomen w/ rotation. Pain service following.
"""),
]}

G02 = {"patient_id": "G02", "age": 58, "sex": "F", "notes": [
("2024-09-24", "Community Paramedicine Visit", """
COMMUNITY PARAMEDICINE VISIT NOTE
Eastbrook Fire-Rescue MIH program   Visit date 9/24/24   CP J. Okonkwo

Reason: referral from Tamarind Lane Dialysis for post-HD cramping and
two ED trips in August.
58F w/ ESRD; Tamarind Lane chair TTS, left brachiocephalic AVF.
Mech. mitral valve, so warfarin; her INR goal runs 2.5-3.5; fingerstick
INR today 3.0. Not diabetic (A1c 5.2 in July). HTN.
Cramps: mostly R calf, kick in near the end of each treatment.
Since Labor Day, every dialysis afternoon once home, she lays a blue gel
icepack (kitchen towel around it) behind her R calf for 20-30 min. Says it "numbs it right up".
Skin R calf: cool, pale pink, intact. L calf normal.
Wt 63.1 kg, BMI 24.6.
Plan: msg nephrology re dry weight and cramps; calf stretch handout;
f/u 2 wks.
"""),
("2024-10-19", "EMS Patient Care Report", """
EASTBROOK FIRE-RESCUE  PCR  Engine 4 / Rescue 41
Date of service: Oct 19, 2024   Nature: leg pain

Dispatched to residence for 58F w/ R leg pain. Found pt sitting in her
recliner, alert, tearful w/ pain. Reports that a sore, darkened area
behind her R calf "showed up about two weeks ago", now black and weeping
a little. Denies injury, denies fever. Still using the ice pack after HD.
Exam: R posterior calf: stellate purple zone 5x3cm, black eschar in the
middle, mottled lace-like skin surrounding, exquisitely TTP. Pedal pulses
palpable.
VS: 118/70, 88, 16, 98% RA. BGL 102.
Hx: ESRD-HD, mechanical MVR (warfarin).
Tx: leg supported on pillow, no IV attempted (AVF L arm, pt refused R).
Transported BLS to St. Audra's Hospital, ED bed 12, report to charge RN.
"""),
("2024-10-28", "Nephrology Inpatient Progress Note", """
NEPHROLOGY INPATIENT PROGRESS NOTE - St. Audra's Hospital   28-Oct-2024

Skin bx (10/22) R posterior calf: calcified arteriolar walls, intimal
thickening, clot in the lumens - fits calciphylaxis. Derm concurs.
Onset dated by the pt to 10/05/2024. The ulcer occupies the very
segment of calf she had been chilling with an ice pack after each HD session since
early September; we think the repeated cold helped localize it.
Chemistry: Ca9.8, PO4 7.1, iPTH 612.
Warfarin is for her mechanical valve - cardiology: no DOAC option, keep
warfarin, INR kept toward 2.5.
Plan: STS 25g after each TTS treatment; calcium acetate -> sevelamer; titrate
cinacalcet; no more ice on that leg; wound RN daily.
BMI 24.6. Not diabetic.
"""),
]}

G03 = {"patient_id": "G03", "age": 49, "sex": "F", "notes": [
("2022-03-08", "Community Paramedicine Home Visit", """
MIH / COMMUNITY PARAMEDIC HOME VISIT - Coldwater Township EMS   08.03.22

Referral: Greenmoor Dialysis social worker - 3 missed HD tx in Jan,
transport barrier.
49F. ESRD, Greenmoor HD MWF (tunneled cath, R IJ); DM2 managed w/
linagliptin (no insulin); morbid obesity; OSA on CPAP. Hx L leg DVT 2015 -
warfarin for one year, stopped in 2016.
Transport now solved: she rides the county paratransit van to HD since
February. Pt complains the van's lap belt "cuts right across my belly" -
it sits under the pannus on the L side and rubs there every ride, 3x/wk.
Skin L lower pannus: pink linear band, blanching, intact, no open areas.
Scale wt 131 kg; BMI 46.2 per clinic.
Plan: asked the van company about a belt extender or pad; recheck the
skin next visit.
"""),
("2022-03-30", "EMS Patient Care Report", """
PCR - Coldwater Twp EMS Medic 2   Run #22-00871   30 Mar 2022
CC: abdominal wall pain

Pt 49 F called from home for "a burning sore on my stomach". Tells us it
started on St. Patrick's Day - a hard purple patch, lower left belly, along the strip the van belt rubs; now a dark scab in the center.
Denies fever, vomiting, SOB. Last HD Monday.
Exam: L lower abdominal pannus: band-shaped indurated violaceous plaque
8x5cm, 2 cm black necrotic center, very tender, lacy purple margins. No
crepitus. Abd soft underneath.
VS 168/94 - 104 - 20 - 94% RA - BGL 176 - T 37.9
Tx: 20g L hand 1st attempt, NS TKO, ondansetron declined.
Transported to Greenmoor General, verbal report to Dr. Vasquez.
"""),
("2022-04-12", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC NOTE - Greenmoor General Outpatient   April 12, 2022

49F seen after admission 3/30-4/6 for a L abdominal pannus ulcer.
Path (deep incisional bx 31/03/2022): subcutaneous arterioles with
calcified walls, lobular panniculitis, thrombosis - calciphylaxis.
The lesion traces the line of the paratransit lap belt she has worn
across the L lower pannus on dialysis rides since Feb 2022; first noted
3/17/22.
Exam: 9x5cm eschar L lower pannus, no new lesions elsewhere.
BMI 45.7. DM2 (no insulin). Past warfarin 2015-16.
Plan: thiosulfate with dialysis, dressings per WOC, belt rerouted above
the pannus w/ padding (van company agreed); bariatric referral once
healed.
"""),
]}

G04 = {"patient_id": "G04", "age": 71, "sex": "M", "notes": [
("2021-11-03", "Critical Care Transport Record", """
CRITICAL CARE TRANSPORT RECORD - LifeStar CCT 2   11/03/2021
Sending: Pine Hollow Community Hospital ED
Receiving: St. Brennan's Heart Institute, CVICU   Crew: RN / FP-C

Dx: NSTEMI, troponin climbing, for cath in AM. 71M, ESRD on PD
(nightly cycler, last fill 0600), HTN, gout. Not diabetic. No
anticoagulants PTA; heparin gtt started at sending facility.
Lines: existing 20g R AC (heparin gtt). Crew placed a 2nd access, 20g L
volar forearm at 1412 for NTG gtt, secured w/ silk tape wrapped all the
way around the forearm under a transparent dressing.
En route: BP 132/74-148/80, HR 68-76 SR, SpO2 97% 2L NC, pain 2/10.
Weight 68 kg / height 172 cm -> BMI 22.9.
Handoff to CVICU RN at 1538, both IVs patent, skin checks documented.
"""),
("2021-12-01", "EMS Patient Care Report", """
Pine Hollow Ambulance - Patient Care Report   12/01/21   M-12 ALS
Disp: weakness

71M at home, wife called. Generalized weakness for 2 days, poor PO
intake. Also shows us a sore L forearm: it started around Nov 20 as a
purple tender spot "where you guys put the IV when I went to St.
Brennan's", and has opened up since.
Exam: L volar forearm ulcer 3x2.5cm, black base, violaceous netlike
border, no pus, no red streaking. R arm unremarkable.
PD catheter exit clean; did his cycler last night.
VS BP 102/60, HR 98, RR 18, SpO2 96%, BGL 134, T 36.9.
12-lead: SR, old inferior Qs, nothing acute.
Tx: IV deferred (L arm wound; R arm veins being saved). Transport to
Pine Hollow ED, pt stable throughout.
"""),
("2021-12-14", "Peritoneal Dialysis Clinic Note", """
Peritoneal Dialysis Clinic - Dr. A. Lindqvist   14 Dec 2021

71M on CCPD since 2019. Admitted 12/1-12/8 with a L forearm ulcer.
Derm punch bx 12/03: calcific uremic arteriolopathy (calciphylaxis).
Onset 20/11/2021, at the site of the peripheral IV and the circumferential
tape put on during his CCT transfer of 3 Nov 2021 - the lesion outline
follows the tape border.
Labs: Ca10.1, PO4 6.4, intact PTH 890. Was on calcitriol +
calcium carbonate.
Plan: stop calcitriol and the calcium binder, start lanthanum; STS IV 3x
weekly at the infusion center; raise PD clearance (add day dwell).
BMI 22.9. No diabetes, never on warfarin.
"""),
]}

G05 = {"patient_id": "G05", "age": 62, "sex": "F", "notes": [
("2020-07-14", "EMS Patient Care Report", """
PCR  Brackett Falls Fire/EMS  Ambulance 3 (BLS)  07/14/2020  0712
Nature: fall / lift assist

62F slipped climbing out of the tub this AM, L shin scraped along the
rim; stuck on the bathroom floor until husband called us. Head not struck,
never lost consciousness, no neck/back pain.
Injury: 3 cm superficial abrasion L anterior mid-shin w/ small skin flap,
minimal oozing. No deformity, full ROM, walks w/ walker after assist.
PMHx: ESRD (Brackett HD, MWF), DM2 w/ Lantus + Humalog, neuropathy,
obesity. BGL 188.
VS 138/72, 80, 16, 97%.
Tx: irrigated w/ NS, husband shown how to keep it clean at home. Pt
declined transport, capacity intact, refusal signed; advised PCP or wound
clinic f/u.
"""),
("2020-08-20", "Community Paramedicine Home Visit", """
Community Paramedicine - Home Visit   Aug 20 2020
Brackett Falls MIH, CP R. Delacroix

F/u after the 7/14 fall. Pt says the shin scrape "scabbed and healed" by
the end of July. About 2 wks ago a purplish zone, sore beyond belief,
developed on that very spot of her L shin, "like a spiderweb", and
yesterday the middle turned dark.
Exam: L anterior shin, over the healed scrape line: 4x3cm retiform
purpura, necrotic core ~1cm, firm, 10/10 pain w/ the lightest touch.
Not draining, not warm. R leg intact.
BGL 167. Insulin taken as prescribed. HD attendance ok.
Concern: ?calciphylaxis vs infection. Called renal NP - wound clinic slot
given for 8/21; transport set up.
"""),
("2020-09-02", "Wound Clinic Progress Note", """
Wound & Hyperbaric Center - progress note   2 Sept 2020

62F, ESRD/HD, insulin-requiring DM2.
Dx: calciphylaxis, L anterior leg below the knee - punch bx 8/21 showed
vascular calcification and fat necrosis; dermpath confirms.
Timeline: abrasion from the tub edge 14 Jul 2020 at this exact site,
healed; new purpura ~6 Aug, necrotic center since ~19 Aug.
Wound today: 4.5x3.2cm; eschar (black, adherent) ~80%, slough ~20%;
violaceous periwound, no cellulitis.
Weight 84 kg, BMI 30.6 (obese).
Plan: STS via HD 3x/wk (orders faxed), collagenase to eschar edges, no
sharp debridement yet, HBO candidacy under review. RTC 1 wk.
"""),
]}

G06 = {"patient_id": "G06", "age": 80, "sex": "M", "notes": [
("2019-10-16", "Community Paramedicine Visit", """
COMMUNITY PARAMEDIC VISIT   Fairhaven Mobile Integrated Health   10/16/2019

80M, lives alone. Kidneys: ESRD, dialysis at the Fairhaven unit
Mon/Wed/Fri. AF - warfarin. DM2, diet-only, no meds.
CAD s/p CABG 2008.
Fingerstick INR 2.4 (goal 2-3), phoned to anticoag clinic.
Immunization: quadrivalent flu vaccine 0.5mL IM to L upper arm
(deltoid); lot # logged, tolerated well, no bleeding at the site.
Skin: both arms intact today.
Home safety: hallway runner removed, grab bar in shower checked and
tight. Smoke detector tested.
Wt 78.5 kg, BMI 26.5.
Next CP stop about 4 weeks out.
"""),
("2019-11-12", "EMS Patient Care Report", """
FAIRHAVEN EMS - PCR - Medic 22   DOS 11/12/19
CC: L arm pain

80M c/o L upper arm pain 8/10, constant, keeps him up at night.
Describes a hard purple sore area, outer L upper arm, that began
"on Halloween", right where "the paramedic gave me my flu shot"; center
going dark now. No fever. Dialysis yesterday.
O: L lateral upper arm, indurated livedoid plaque 5x4cm, black core
~1.5cm, not warm. Radial pulse 2+. Moves arm but guarding.
Hx: ESRD/HD, AF (warfarin, INR 2.4 last month), diet-controlled DM2.
VS: 146/70, 76 irreg, 16, 95% RA, BGL 119.
Tx: no IV (AVF R arm, lesion L arm). Transported to Fairhaven Regional.
"""),
("2019-11-25", "Dermatology Consult", """
Dermatology Consult - Fairhaven Regional   25 November 2019

Lesion: L lateral upper arm, necrotic plaque 5.5x4cm, retiform purpuric
edge, onset 31 Oct 2019.
Incisional bx 11/15: calciphylaxis (medial calcification, microthrombi,
septal panniculitis).
The site corresponds to the influenza vaccine given IM on 16 Oct 2019 by
the community paramedic; trauma-site localization is likely.
Risk: ESRD (hemodialysis); AF warfarin stopped 11/13 -> apixaban;
diet-controlled DM2; high Ca x P product.
BMI 26.1.
Plan: thiosulfate w/ each HD, local wound care, future vaccines and
injections away from the L arm.
"""),
]}

G07 = {"patient_id": "G07", "age": 55, "sex": "F", "notes": [
("2020-12-15", "Community Paramedicine Visit", """
CP VISIT - Marrow Creek EMS Community Paramedicine   15-Dec-2020

55F, T1DM on an insulin pump, ESRD on PD (cycler nightly), chronic low
back pain L > R from lumbar DDD.
She reports sleeping each night since Thanksgiving atop an electric
heating pad, placed snug to her L low back, set on "medium", and often dozes off on
it.
Exam: L lumbar skin w/ patchy pink mottling, blanches, no blisters, no
open areas. PD catheter exit: clean, no crust.
BGL 143 (pump), no lows this week.
Wt 76 kg; BMI 28.4 (overweight per chart).
Teaching: auto-shutoff timer, low setting, keep a layer of cloth under
the pad. Pt verbalized understanding. Next visit in January.
"""),
("2021-01-26", "EMS Patient Care Report", """
MARROW CREEK EMS  PCR  Unit M-4  01/26/2021
Call type: back pain

55F says her L lower back feels "on fire", with a new dark sore in that
spot. Per pt it came up as a hard purplish lump since early January,
exactly where the heating pad sits; center now black.
Exam: L low back violaceous indurated plaque 6x5cm, central 2 cm eschar,
netlike border. No midline spinal TTP. Afebrile.
Hx: T1DM (pump), ESRD - PD.
VS 150/86  96  18  97%  BGL 212.
Tx: ALS assessment; pt declined analgesia. Transported to Marrow Creek
General ED without change.
"""),
("2021-02-09", "Peritoneal Dialysis Clinic Note", """
PD CLINIC NOTE   Marrow Creek Nephrology Assoc.   Feb 9, 2021

Pt hospitalized 1/26-2/3. Skin bx of the L lumbar plaque (1/28):
calciphylaxis.
Lesion began early Jan 2021 on the L low back, on the very area she had
warmed with an electric heating pad nightly from late Nov 2020; we think
the heat localized it.
Exam: eschar 6x5cm L low back, stable edges, no new sites.
Labs: Ca9.6, phos 6.8, PTH 540, albumin 3.0.
Plan: STS 3x weekly at the infusion center, non-calcium binder, stop
calcitriol, heating pad discarded. BMI 28.4. Pump per endocrine. Not on
warfarin.
"""),
]}

PATIENTS = [G01, G02, G03, G04, G05, G06, G07]
