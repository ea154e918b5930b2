"""probe199 corpus notes, A01-A07 (hyperbaric oxygen and advanced wound centre, and the clinics around them; all invented)."""

A01 = {"patient_id": "A01", "age": 63, "sex": "F", "notes": [
("2024-03-06", "HBOT Treatment Record", """
HYPERBARIC MEDICINE - DIVE LOG / TX RECORD
Harbourview Hyperbaric & Wound Ctr | monoplace #2
Tx 3/40   DOS 03/06/2024   Table: 2.0ATA / 90' O2, air brk 5' x2
Indication: Wagner 3 DFU L plantar 1st MTH w/ osteo
PRE: BP 152/80  HR 84  RR 16  T 98.4F  SpO2 96% RA
  TMs clear bilat, clears w/ swallow. Grounding strap checked, cotton gown, no lotions.
  FSBG 298 -> standing glucose order: lispro 4 u SC, site R lower abd,
  given 0812 by T. Okafor RN (first pre-dive coverage of this series). Recheck 241, cleared.
  Home insulin = glargine 18u at bedtime; pt does her own shots in the thighs.
COMP: 8 min, no otalgia. Slept thru most of tx.
POST: BP 146/78  HR 80  FSBG 176. L foot dsg dry/intact.
Misc: kidney failure from DM nephropathy -> HD Tues/Thurs/Sat (Riverbend unit). Wt 92.4 kg, BMI 33.1.
"""),
("2024-04-11", "HBOT Nursing Note", """
HBOT RN note, pre-dive, Tx #18 - HELD

Pt came in on her knee scooter and, before loading, had us check her belly:
a "burning bee-sting" spot came up yesterday on the R lower abdomen, kept her up
all night. Inspection: 3x2.5cm violaceous, woody-firm plaque in the RLQ approx
4 cm below and right of umbilicus, dusky centre, lacy purple edge. Exquisitely
tender, no warmth, no drainage. Pt pointed out that this is exactly where we have
been giving her pre-dive lispro.
VS: BP 160/84, HR 92, T 98.9. FSBG 204 - no coverage needed today.
Dive held per Dr. Vasquez-Lund, who saw her at 0850. Punch bx w/ wound MD
tomorrow a.m. Pt agrees. L foot DFU dsg changed, base granular, beefy red.
"""),
("2024-04-16", "Wound Center Physician Progress Note", """
WOUND CENTER - PHYSICIAN F/U
S: 63F (HD-dependent ESRD; T2DM, insulin-requiring) back for the bx result. Abd pain 7/10.
Path (punch, R lower abdomen, 04/12/24): arteriolar mural calcium w/ intimal thickening,
occlusive thrombi, fat-lobule necrosis; Von Kossa per Dr Ansel (path) highlights Ca -> fits calciphylaxis.
Wound #2 R lower abdomen: 3.4x2.8cm, 70% black eschar, violaceous halo. Onset Apr 10 2024.
A/P: #1 calciphylaxis, RLQ abdominal wall - arising precisely at the spot the
HBOT nurses have used for sliding-scale lispro since early March (first dose 3/6) -
a Koebner-type localisation.
- Told chamber RNs: abdomen is a no-go zone for SC doses; pre-dive coverage moved to posterior L upper arm.
- Renal aware: sodium thiosulfate w/ HD, stop calcium acetate.
- Resume dives Thurs (indication now also calciphylaxis).
- Wt 91.6 kg, BMI 32.8, obese.
Wound #1 L plantar DFU 1.1x0.8cm, improving.
"""),
]}

A02 = {"patient_id": "A02", "age": 58, "sex": "M", "notes": [
("2022-08-16", "Transcutaneous Oximetry Report", """
TcPO2 / TCOM REPORT - Lakemont Wound & Hyperbaric
Ordered for: HBOT candidacy, L heel ulcer (Wagner 3). ESRD on PD, DM2.
Method: Clark-type electrodes heated to 44.5 C, 20 min equilibration, supine, room 21 C.
Readings (mmHg)                  room air    100% O2 via NRB x10 min
 Ref - R infraclavicular chest      61          398
 L dorsal midfoot                   12           31
 L lateral calf, 10 cm below knee   33          214
 L posteromedial calf               30          176
Interp: severe periwound hypoxia at the foot; O2 challenge rise >40 mmHg at the calf.
Suggest vascular eval before HBOT starts.
Post-test skin check: the L lateral calf electrode was re-seated for drift and stayed on ~45 min.
On removal a 2 cm bright red ring with one small clear blister = minor thermal burn from the
heated probe. Cleansed, petrolatum + bordered foam. Pt and daughter told, event logged.
Tech: R. Imamura, RRT
"""),
("2022-10-24", "Nephrology PD Clinic", """
PD CLINIC - nephrology f/u
58M, kidney failure (diabetic), cycler PD nightly: five cycles, 2-litre dwells, icodextrin
day dwell. DM2: glargine 22u, mealtime lispro. PAF - ablated 2019; warfarin was stopped
at that point, now ASA alone.
Today: complains of an extremely sore "black spot" on his L lower leg, outer side, since early
October; the pain wakes him. L heel ulcer followed at the wound ctr, HBOT still pending vascular.
Exam: BP 138/76, wt 86.1 kg, BMI 28.4. L lateral calf: 2.5x2cm stellate black eschar,
violaceous mottled rim, very tender. PD catheter exit: dry, crust-free.
Labs 10/20: Ca9.7 P7.3(H) iPTH688 alb3.1; Kt/V 1.9 weekly.
Impression: L calf eschar, ?calciphylaxis -> paged Dr Szabo (derm), bx Thurs.
Binder: calcium acetate out, sevelamer 800 TID in; cinacalcet 30 qd. Seen again 11/21.
"""),
("2022-11-03", "Dermatology Consult", """
DERMATOLOGY
Reason for consult: painful eschar L leg, r/o calciphylaxis
HPI: PD pt, onset early Oct 2022 of a painful dusky patch on the L lateral calf that went
black over about ten days. No fevers.
Exam: L lateral mid-calf 2.8x2.1cm adherent eschar ringed by retiform purpura. Trunk,
thighs, R leg clear.
Path (4 mm punch at edge, 10/27/22, read by Dr Halvorsen): subcut arterioles w/ calcified
media, luminal clot + fat necrosis (lobular); VK +.
Dx: calciphylaxis, biopsy-proven, L lateral calf.
Plan: Na-thiosulfate 25g IV x3/wk (Lakemont infusion suite, M-W-F); wound ctr for dressings
and HBOT; gabapentin 100 at bedtime (renally adjusted); photos in chart.
"""),
]}

A03 = {"patient_id": "A03", "age": 71, "sex": "F", "notes": [
("2021-07-19", "Wound Center Visit", """
ADVANCED WOUND CTR - NURSE/PROVIDER VISIT
Wounds: #1 venous ulcer, L medial malleolus; #2 same, R side
71F. ESKD, dialyses Mon-Wed-Fri at Dunmore HD; AFib (warfarin); venous insufficiency. Not diabetic (A1c 5.2).
4-layer compression wraps knee-to-toes on both legs, changed weekly, since the spring.
On removal today pt reports new burning pain "under the top of the wraps" since 7/8/21.
Exam: just below each knee, at the upper edge of the wraps, purple net-like patches w/
dark firm centres, R 4x3cm, L 3x3cm, exquisitely TTP. Malleolar ulcers smaller:
L 2.0x1.4, R 1.1x0.9cm, granular.
VS: 128/70, P 88 irregularly irregular, BMI 30.0.
Plan: hold compression, derm same day for bx, light tubular bandage only. INR to be drawn.
"""),
("2021-07-27", "Dermatology Consult", """
Derm consult note - ESRD pt with painful upper calf lesions.
Exam: both proximal calves w/ retiform purpura and early eschar, R>L. Medial malleolar
venous ulcers seen separately, look typical.
Bx 4 mm punch x2 (R and L upper calf) on 7/19/21: arteriolar medial calcific deposits,
von Kossa +, microthrombi, panniculitis.
Dx: calcific uremic arteriolopathy, bilateral calves.
INR 2.6 on warfarin - spoke w/ nephro and cardiology re switch to apixaban.
Recs: STS 25g IV at Dunmore with each run (final hour), stop calcium carbonate, adjunctive HBOT referral,
no compression over the lesions.
"""),
("2021-08-05", "HBOT Consultation", """
HYPERBARIC MEDICINE CONSULT
Reason: adjunct hyperbaric O2 for calciphylaxis (off-label; risks/benefits gone over at length).
71F ESRD/HD, AF - warfarin stopped 7/28, now apixaban. BMI 30.0 (just meets class I obesity).
Both proximal calves: eschars R 4.5x3.2, L 3.4x3.0cm. Notably each lesion sits
exactly along the proximal band of the multilayer compression wraps she had worn since
spring 2021 - pressure at the wrap edge is the likely trigger (Koebner). Onset 07/08/2021.
Ears: TMs mobile, Valsalva ok. CXR clear. No bleomycin, no untreated PTX, no seizures.
Plan: 2.4ATA/90min, 30 tx, dives Tu/Th/F + Sat as chair allows around MWF HD.
Pain control before each dive. Confinement anxiety mild - trial of music.
"""),
]}

A04 = {"patient_id": "A04", "age": 66, "sex": "M", "notes": [
("2023-05-02", "Wound Center Procedure Note", """
PROCEDURE NOTE - split-thickness skin graft
Mercy Crest wound ctr procedure suite. Date of service: 05/02/2023
Pre-op dx: R plantar heel DFU 5.2x4.0cm, clean granular base after 3 serial debridements.
Procedure: STSG to R heel. Donor: L anterolateral thigh.
Anesthesia: MAC by CRNA.
Dermatome at 0.012", 6x8cm harvested, meshed 1.5:1, stapled; bolster and NPWT
75 mmHg over the graft. Donor covered w/ Xeroform + ABD, taped.
EBL minimal. INR 2.4 this a.m. (warfarin continued - mechanical mitral valve).
Tolerated well. HBOT to start tomorrow for graft support (DM, PAD).
Problem list: T2DM on insulin, CKD 3a, obesity (BMI 36.2), HTN.
"""),
("2023-05-16", "HBOT Treatment Record", """
HBOT TX RECORD  Tx #10  05/16/23  monoplace B
Indication: compromised graft risk, STSG R heel
2.4ATA/90min, air breaks x2.
Pre: BP 144/78 HR 72 T 97.9 SpO2 97%. BG 212 pre (took his own aspart w/ breakfast), 164 post.
TM check: mild L TM injection (TEED 1) - pseudoephedrine pre-dive, ok.
Graft: ~90% take, pink, no shear, bolster off.
Donor site L thigh: moist, epithelial islands under Xeroform, pain 2/10.
Chamber O2 flow 400 L/min, no alarms. Pt watched TV, no confinement issues.
Post: BP 138/74, HR 70, SpO2 98%.
Tolerated. Next tx tomorrow 0800.
"""),
("2023-06-20", "Wound Center Follow-up", """
WC f/u - 66M
S: Graft healed. He reports that 3 weeks ago the L thigh donor site turned "purple and raw"
and it is now the worst pain he has had, 9/10, can't stand trousers on it.
O: BMI 35.8. L anterolateral thigh, within the old donor rectangle: 4.2x3.1cm black
adherent eschar, surrounding stellate purpura + livedo reaching 2 cm past the donor margin.
R heel graft intact, fully epithelialized.
Labs: eGFR 52, Ca 9.4, PO4 4.0, INR 3.1.
A: necrotic donor-site wound, not normal healing. Concern for calciphylaxis (warfarin,
obesity, DM) vs warfarin skin necrosis vs infection.
Plan: punch (6mm) from the eschar margin today + tissue cx; derm referral; HBOT on hold.
"""),
("2023-06-29", "Dermatology Consult", """
DERMATOLOGY CONSULT
Path (6/20/23, L thigh): subcutaneous arterioles encrusted w/ calcium, several thrombosed,
septal panniculitis; VK confirms. Tissue cx sterile.
Diagnosis = calciphylaxis, non-uremic type (eGFR 52, never dialysed).
Distribution: confined to the STSG donor site on the L anterolateral thigh, harvested
5/2/23 - I believe the harvest wound seeded it (pathergy / Koebner phenomenon).
Risk factors: warfarin (mechanical valve, cannot simply stop - cardiology to weigh options),
obesity, T2DM on insulin.
Plan: IV sodium thiosulfate, resume HBOT under calciphylaxis indication, vitamin K per
cardiology, pain service.
"""),
]}

A05 = {"patient_id": "A05", "age": 55, "sex": "F", "notes": [
("2020-09-14", "HBOT Treatment Record", """
HBOT Treatment Record   14-Sep-2020   Tx #7 of 40
Dx: chronic refractory osteomyelitis L 2nd MT head / Wagner 3 DFU.
Table: 2.4 ATA / 90 min / air brks x2.  Chamber: mono #1.
Pre VS: 156/88, 86, 18, 98.2, 97% RA. BG 132 (DM diet controlled, no meds).
Event: while moving from w/c to the chamber stretcher, pt's R shin snagged on the
stretcher side rail. 1.5 cm skin tear, R anterior mid-shin, minimal bleeding. Cleansed
w/ NS, steri-strips, bordered gauze. Incident rpt filed. Pt declined to skip tx.
Dive uneventful, no ear sx.
Post: 148/84, BG 118. L foot dsg intact.
HD MWF - dove after HD today per pt preference.
"""),
("2020-10-05", "Emergency Department Note", """
ED PROVIDER NOTE
CC: leg pain
55F, ESRD on HD MWF, obesity (BMI 40.6), DM diet-controlled.
HPI: ~2 wks ago she noticed a sore purplish blotch, R lower leg (front); this past
week it blackened and broke open. Pain 10/10, oxycodone not helping. No fever/chills.
She gets hyperbaric treatments for her L foot.
Exam: T 99.0, HR 102, BP 170/92. R anterior mid-shin 3x2.2cm ulcer w/ black eschar and
surrounding violaceous net-like mottling. No crepitus, no fluctuance. L foot dsg c/d/i.
Labs: WBC 9.8, Ca10.1, phos6.8, lactate 1.1.
MDM: leading worry = calciphylaxis. NSTI felt unlikely given lactate 1.1 + soft compartments. Admit to
medicine, derm consult, IV morphine.
"""),
("2020-10-14", "Dermatology Progress Note", """
Derm f/u (inpatient)
Punch bx R shin 10/6: calcium in dermal + subcut arteriolar walls, clot in lumens,
VK +  => calciphylaxis.
Lesion R anterior mid-shin now 3.4x2.5cm, eschar, surrounding retiform purpura.
No new lesions elsewhere; L foot DFU per wound ctr, stable.
Pain remains 8/10 at rest, worse w/ dressing changes; sleeping in the recliner.
Recs: STS 25g during each HD session, cinacalcet, no calcium-based binders; resume HBOT after
discharge (both indications); pain team for regimen; wound ctr to follow for dressings.
Weight 111 kg. Will sign off when plan settled; call w/ any new skin change.
Discussed the diagnosis and its seriousness with pt and her husband at the bedside.
"""),
]}

A06 = {"patient_id": "A06", "age": 70, "sex": "M", "notes": [
("2019-11-02", "Wound Center New Patient", """
ADVANCED WOUND CARE - NEW PATIENT
70M, ESRD (HD TTS via L AVF), HTN, AF - anticoagulated w/ apixaban, warfarin never used. Not diabetic.
Wound: R dorsal forearm skin tear after falling into a bookcase at home 10/30/19,
ISTAP type 2 (partial flap loss), 5.5x3cm.
Tetanus: last booster unknown, >10 yrs -> Tdap (lot K7Q2) 0.5mL IM, L deltoid, this visit; VIS handed over.
Care: flap re-approximated w/ cotton tip, silicone contact layer, foam, tubular retention.
VS: T 98.0, BP 132/74. BMI 24.9.
RTC 1 wk. Fall-prevention handout.
"""),
("2019-12-10", "Wound Center Follow-up", """
WC f/u
R forearm skin tear: healed, thin scar. Closed this wound.
New: pt shows us a hard, very sore knot high on his L arm, arose over Thanksgiving,
purplish with a darker core.
Exam: L upper arm, lateral, over deltoid: firm violaceous plaque 4x3.5cm; at its core
a 1.5cm eschar, black; livedo fringe. Afebrile, nothing fluctuant.
Ddx: injection-site abscess vs calciphylaxis vs cellulitis.
Labs drawn today: CBC, Ca, PO4, PTH, CRP.
VS: T 98.3, BP 138/76, pulse 74. Wt unchanged.
Plan: derm for bx asap, bordered foam, acetaminophen. Pt and wife given our number
for worsening redness, fever or drainage.
"""),
("2019-12-19", "Dermatology Consult", """
DERM
Path 12/12/19, L deltoid: calciphylaxis - calcified vessel walls, thrombosed lumens, VK +.
Cultures negative.
Impression: calciphylaxis confined to the L deltoid, at the site of the Tdap booster given to
him on 11/2 at the wound center; onset Thanksgiving 2019 (11/28/19). Injection-triggered
localisation (Koebner) is well described.
Risk: ESRD on HD, PTH 940. No warfarin exposure (apixaban). BMI 24.9.
Plan: STS w/ HD, HBOT referral, no IM injections, uptitrate cinacalcet.
Pain: tramadol renal dosing; lidocaine patch adjacent to the lesion, never over it.
Photos uploaded. Derm f/u 3 wks, sooner if new areas.
"""),
]}

A07 = {"patient_id": "A07", "age": 68, "sex": "F", "notes": [
("2018-01-15", "HBOT Consultation and Treatment 1", """
HYPERBARIC MEDICINE - CONSULT & TX 1
68F w/ hemorrhagic radiation cystitis (pelvic RT 2014, cervical ca), recurrent clot
retention despite fulguration x2.
PMH: kidney failure, PD via overnight cycler; DM2 - degludec + prandial aspart; HTN.
No anticoagulants.
Exam: thin, BMI 22.3. Skin: sacrum and buttocks intact, no erythema. TMs normal.
Plan: 40 tx, 2.4ATA/90min, monoplace, supine on chamber stretcher (standard pad),
daily M-F. PD: cycler hours shifted, drain before dives.
Tx #1 today 01/15/18: uneventful. BG 188 -> 151. Vitals pre 132/70, 78, afebrile.
Consent signed; fire safety briefing given, cotton gown, no hairspray or lotions.
"""),
("2018-03-02", "HBOT Physician Progress Note", """
HBOT progress - Tx 30/40
Hematuria much reduced, no clots x3 wks.
New: burning pain over both buttocks since mid-February, worst while lying supine in the
chamber the full 2 hrs.
Exam: bilateral gluteal retiform purpura w/ central stellate black eschar (R 5x4cm,
L 3x3cm); sacrum spared; surrounding skin not boggy.
A: ddx unstageable pressure injury vs calciphylaxis (ESRD, DM, insulin). Derm paged.
P: gel overlay on chamber stretcher, 30-degree wedge during tx, continue series.
Pain 7/10, acetaminophen before dives. PD team informed; today's Ca9.9/P6.4.
BG pre-dive 164, post 140. Vitals stable.
"""),
("2018-03-09", "Dermatology Consult", """
DERMATOLOGY
Punch bx L buttock 3/5/18 shows calciphylaxis: arteriolar calcification, fibrin clot, VK +.
Comment: lesions occupy the exact contact zones of both buttocks on the hyperbaric stretcher,
where she has lain supine about 2 h/day since dives began 1/15/18. The sustained pressure
most likely localized the disease (Koebner). Onset mid-Feb 2018.
Plan: STS IV, PD adequacy review with nephrology, stop calcium binder, HBOT may continue
with offloading. Wt 52 kg, BMI 21.9.
Pain: hydromorphone low dose prn. Photos taken. Derm recheck in a fortnight, earlier
should new purpura crop up.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
