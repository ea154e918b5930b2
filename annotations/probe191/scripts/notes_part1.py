"""probe191 corpus notes, E01-E07 (medical-ward nursing handovers, SBAR and flowsheet comments, and the
clinics around them; all people, places and wording invented)."""

E01 = {"patient_id": "E01", "age": 67, "sex": "F", "notes": [
("2023-03-03", "Nursing Shift Handover (SBAR)", """
4 WEST MEDICINE - RN HANDOVER nights -> days, 03/03/2023 0700
Bed 12 | 67 F | FULL CODE | allergy: penicillin (hives)

S: Came up from ED 3/2/23, SOB + fluid overload, K 6.2 after she skipped Sat HD (her ride fell
   through).
B: ESRD; thrice-weekly HD (M-W-F), L FA fistula (thrill/bruit present). Type 2 DM, insulin-dependent
   since 2009. HTN. OSA, uses her own CPAP.
   ** NO BP / NO sticks LEFT arm (fistula) ** -> auto BP cuff lives on R upper arm, cycling q4h.
   Insulin here: glargine 20 u qHS + lispro scale AC/HS. At pt's request every SC dose since
   arrival has been given in the R arm, back of the upper arm (L arm off limits, pt's choice of spot).
A: 0400 VS 36.9 / 84 / 158-82 / 18 / sat 94% 2L NC. Fingerstick 212 @ 0600.
   Wt 88.6kg -> BMI 33.1. Fine crackles bases, 1+ pitting edema BLE. Skin intact on adm check.
R: extra HD run today per renal, repeat K after. Strict I&O, 1.2 L fluid restriction.
"""),
("2023-03-20", "Flowsheet Comment - Integumentary", """
Integumentary flowsheet comment - 03/20/23 1015 - RN

NEW: R arm, posterior upper aspect - violaceous indurated plaque approx 4x3cm, jagged star-shaped
margin, 1cm central black eschar. Net-like purple mottling surrounds it. No drainage, not warm.
Pain 9/10 to light touch, pt guarding the arm. Pt says it started burning yesterday
afternoon; she assumed it was a "cuff bruise".
Same exact spot the BP cuff has been inflating on, and where her insulin injections have been going since 3/2.
Actions: insulin site moved to R lateral thigh; BP now by small cuff on R forearm; arm up on a
pillow. Dr Okafor paged 1005 - derm consult placed, photo in media tab. Oxycodone 2.5 mg PO
1010, partial relief.
Recent labs (3/18): PTH 968, cCa 9.9, PO4 7.4 - all high.
"""),
("2023-03-23", "Dermatology Inpatient Consult Follow-up", """
DERMATOLOGY - INPATIENT FOLLOW-UP 3/23/2023
ID: 67F: ESRD (HD), T2DM (insulin), obesity; painful R arm plaque.
Path (punch bx 3/21, R posterior upper arm, plaque margin): vK stain highlights
calcium deposited within small subcutaneous arteriolar walls; intimal hyperplasia; lobular fat
necrosis. No vasculitis.
Impression: calciphylaxis, biopsy-proven.
Exam: plaque stable, 4x3.5cm; eschar grown to 1.5cm; faint livedo tracking toward the elbow.
Comment: the lesion sits precisely in skin that took her repeated SC insulin doses and the q4h
automated cuff inflations from 3/2/23 onward. Calciphylaxis favouring sites of local skin
trauma is well recognised.
Recs: 1) STS at every dialysis session, per nephrology 2) nothing on the R arm - no
injections, cuffs or tape 3) non-adherent silicone dressing, WOC RN to follow 4) pain service.
Will see again Monday.
"""),
]}

E02 = {"patient_id": "E02", "age": 58, "sex": "M", "notes": [
("2019-10-12", "Flowsheet Comment - Comfort Measures", """
Pain reassessment / comfort measures - flowsheet comment 10/12/19 2140 - 5 South rm 517

58 y/o M rates L low back ache 6/10, chronic ("my same old back"). Asks for heat like at home:
every evening since September he lies on his electric heating pad, positioned over the L lower
back.
Aquathermia (K-pad) applied to L lower back per order, 40 C, pillowcase barrier, skin checked
q20 min - intact, no redness. Removed 2215. Pain now 3/10.
Background for oncoming RN: ESRD, 3 yrs on CAPD; AF, warfarin, INR 2.6 today; HTN; NOT
diabetic (HbA1c 5.4%). Weighs 97.5kg, BMI 30.0. Going home tomorrow if PD fluid cell count
keeps falling. Will leave K-pad order active PRN.
"""),
("2019-11-04", "SBAR Handover", """
SBAR - night RN to day RN, 5 South - 11/04/2019 0645
S: 58M readmitted 11/2 w/ cloudy PD effluent, cell count 1,240 -> peritonitis, on IP cefazolin
   + ceftazidime. New concern overnight: very painful skin area L lower back.
B: ESRD on CAPD; catheter exit (RLQ) clean + dry. AF on warfarin, INR 2.9. Not diabetic.
A: L lower back: ~4cm hard purple patch with a lacy violet edge, darker almost black centre.
   Pt says it appeared roughly a week ago, he figured it was "just a bruise". Pain 7/10, worse
   lying flat. VS 37.8 / HR 102 / 118-64.
R: pls have team look at his back on rounds, ? derm consult. Pt asked for heat pad again at
   0200 - NOT applied, holding until he is seen.
"""),
("2019-11-08", "Dermatology Consult", """
DERMATOLOGY CONSULT 11/8/2019
Requested by: hospitalist, painful L back lesion in a PD patient.
HPI: 58M, ESRD on CAPD, AF on warfarin, in house with peritonitis. Noted a tender dark area on
the L lower back late last month, steadily worse since. Denies falls, scratching or injections
there.
Exam: L lower back, 3 cm lateral to the spine - 4.5x4cm indurated plaque with retiform purpura;
central eschar (1.5cm); livedoid margin. Rest of skin exam unremarkable.
Assessment: retiform purpura + eschar, dialysis-dependent, anticoagulated with warfarin - favour
calciphylaxis; warfarin necrosis and vasculitis are the alternatives.
Procedure: incisional bx to fat at the lesion edge, L lower back, after 1% lidocaine; 2 nylon
sutures.
Plan: path pending; petrolatum + non-stick dressing daily, no tape on skin; analgesia per
primary.
"""),
("2019-11-15", "Nephrology PD Progress Note", """
NEPHROLOGY / PD PROGRESS NOTE - 11/15/19
Peritonitis: effluent clear since 11/7, cell count 38 today; complete 14 d of IP antibiotics.
Skin: biopsy of 11/8 is back - calciphylaxis (dermal + subcutaneous small-vessel calcification,
thrombosed), L lower back. Now 5cm, eschar intact; pain 5/10 with
scheduled acetaminophen + PRN oxycodone.
Labs: Ca 10.2 (H) / phos 6.6 (H) / PTH 1120 (H) / alb 2.8 (L).
Plan:
- STS 25g IV TIW (outpatient infusion suite, Mon/Wed/Fri)
- stop calcium carbonate, start lanthanum; uptitrate cinacalcet
- warfarin: cardiology asked about apixaban instead, decision pending
- PD prescription unchanged; renal dietitian visit Tuesday
- wound RN to follow weekly.
"""),
]}

E03 = {"patient_id": "E03", "age": 71, "sex": "F", "notes": [
("2024-01-08", "Admission Nursing Assessment - Flowsheet Comment", """
6 EAST MEDICINE - admission skin/safety flowsheet comment (late entry, admit 01/06/2024 2300)
71 y/o F from home with RLL pneumonia, on ceftriaxone + azithro.
ESRD - HD Tue/Thu/Sat, tunneled HD cath R chest (dsg dry, dated 1/2).
Diabetes type 2, diet-controlled only, no meds (HbA1c 6.8%). No anticoagulant at home.
157cm / 67.8kg, BMI 27.5. Braden 17, Morse 45.
Skin: intact head to toe. BLE warm, no edema, pedal pulses by doppler.
VTE ppx: refused SC heparin ("I bruise like a peach"). Sequential compression devices placed on
both calves 01/06 at 2330 - pt OK with them, to stay on whenever she is in bed.
Fall precautions: bed low and locked, alarm on, non-skid socks.
"""),
("2024-01-18", "SBAR to Hospitalist", """
SBAR (paged + charted) 1/18/24 1340 - RN to hospitalist
S: 6E-14 - both lower legs have new dark patches, very painful.
B: 71F, ESRD on HD, admitted 1/6 w/ pneumonia, now on PO abx, afebrile x 3 d. SCDs (calf
   sleeves) have been on both legs since admission, only off for HD and walks to the BR.
A: Posterior calves, both sides: net-like purple mottling; firm dusky plaques x2 R, x1 L.
   Night RN first charted "blotchy skin, calves" four days ago; today hard, cool,
   tender 8/10. Pulses doppler only (her baseline).
   VS 37.1 / 92 / 131-70 / sat 96% room air
R: Please see at bedside today. SCDs taken off at 1330 pending your review. Derm/wound consult?
   Tramadol not touching the pain.
"""),
("2024-01-22", "Wound, Ostomy and Continence Nursing Consult", """
WOC NURSING CONSULT - 01/22/2024
Reason: bilat calf wounds; derm punch bx 1/19 read today as calciphylaxis (per path:
calcified arterioles in the subcutis, thrombosed, with necrotic fat).
Assessment:
 R posterior calf - retiform purpura 12x9cm; two adherent black eschars (3x2, 2x2cm), dry.
 L posterior calf - retiform purpura 10x7cm; one eschar 2.5x2cm; bx site sutured and intact.
 Periwound: livedo, cool, very tender.
Impression: shape and placement line up with the inflatable bladders of the compression sleeves
worn round the clock from 1/6 to 1/18; I'd regard the SCDs as the local trigger.
Plan: no SCDs, TEDs or wraps on either leg; keep eschars dry and intact, povidone-iodine paint
daily, silicone foam border; float heels on pillows; pressure-redistribution mattress ordered.
RN to log pain score with each dressing change.
"""),
]}

E04 = {"patient_id": "E04", "age": 63, "sex": "M", "notes": [
("2019-08-17", "Flowsheet Comment - Lines/Drains/Airways", """
LDA flowsheet comment - 08/17/2019 0915 - 3 North Med
PIV #1: 20 g, R volar forearm (mid), inserted 08/14/2019 in ED, 1 attempt, for IV vanc and
pip-tazo.
08/16 ~2200: site swollen, cool, pt c/o tightness -> infiltration grade 2 (NS @ 75 mL/h).
Catheter removed, arm elevated on 2 pillows, edge of swelling outlined w/ skin marker.
Provider aware.
PIV #2: 22 g, R dorsal hand, placed 08/16 2230 (L arm = graft, restricted). Flushes easily,
no redness.
This am R forearm swelling mostly down, skin intact, mild TTP only.
Pt: 63 M here with HCAP. ESRD, dialysis MWF - L upper-arm AVG. Diabetic (type 2) on
insulin.
"""),
("2019-09-03", "Medical Ward Shift Handover", """
Day -> evening handover 09/03/19 1500, 3 North bed 22
63 M, readmitted 9/2 for R arm pain + sugars in the 300s. ESRD w/ L upper-arm AVG (HD MWF);
T2DM on insulin; hx DVT - warfarin stopped 2017 after a GI bleed. 79kg, BMI 26.2.
R forearm: mid volar R forearm, hard purplish-black patch ~3x2cm with pale star-shaped
border and lacy purple skin around it. Pt reports it appeared roughly 10 days ago as a "sore
bruise", now 8/10, can't stand his sleeve touching it. Hydromorphone IV PRN, last dose 1345.
VS 37.0 / 88 / 146-78 / sat 97% RA. Fingerstick 1600 = 242, lispro 4 u per scale given L thigh.
To do: derm consult in a.m. (ordered), NPO after midnight in case of bx. Pt anxious, wife
staying overnight.
"""),
("2019-09-10", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT - 9/10/2019
HPI: 63M ESRD/HD, insulin-treated DM, with a painful R volar forearm lesion, worsening.
Exam: R volar forearm, mid: ulcer 3.5x2.5cm; black eschar on top; purple indurated
rim; retiform livedo extending 4 cm proximally. No fluctuance. Radial pulse 2+.
Path: punch bx 9/4 - mural calcium deposits, subcutaneous vessels, several occluded by
thrombus; septal panniculitis; vK highlights the calcium.
Dx (histology-confirmed): calciphylaxis = calcific uremic arteriolopathy.
Plan: sodium thiosulfate post-HD 3x/wk; renal to swap the calcium binder for sevelamer and raise
cinacalcet; wound RN - leave eschar dry, non-stick gauze + rolled gauze, no adhesive on skin;
no BP cuffs or lines on the R arm from now on; palliative care to help with pain.
"""),
]}

E05 = {"patient_id": "E05", "age": 79, "sex": "F", "notes": [
("2021-01-01", "Post-Fall SBAR", """
POST-FALL SBAR - 3 West Medicine - 01/01/2021 0120
S: Unwitnessed fall. Pt found sitting on the floor beside bed at 2340 on New Year's Eve; says
   she slipped from the mattress edge as she reached toward the commode - she ended up on the floor, L side first.
B: 79 F, admitted 12/28 with CHF exacerbation. CKD 3b (last eGFR 38), not a dialysis pt. AF - warfarin,
   INR 3.1 on 12/31. No diabetes. Obesity - BMI 36.4.
A: GCS 15, no head strike per pt, neuro checks q1h x 4 unchanged. L lateral thigh: tender
   purple bruise 10x7cm forming, no deformity; L hip ROM full and painless.
   BP 148/70, HR 96 irreg, sat 95% RA.
R: hospitalist at bedside 0005; L hip/femur films negative. Tonight's warfarin held per
   MD; bed alarm reset, hourly rounding, post-fall huddle with day team 0800. Daughter
   notified 0045.
"""),
("2021-02-08", "Outpatient Wound Clinic RN Intake", """
OUTPATIENT WOUND CLINIC - RN intake 2/8/21
PCP referral: dark, painful L thigh wound. 79F, CKD 3b (not dialysed), AF on warfarin, obese.
Hx per pt + daughter: had a fall while an inpatient on New Year's Eve, which left a large bruise
over the outer L thigh; the bruise was fading, then mid-January the same patch went hard, dark
and extremely painful.
Wound: L lateral thigh, 6x5cm stellate purpura, central black eschar 2x1.5cm, surrounding
livedo, not malodorous, scant serous drainage. Pain 8/10.
Wt 92.6kg, BMI 35.9 (was 36.4 in Dec).
Plan: Dr. Ferreira to see today; urgent derm referral sent. Dressing: foam, no tape on skin. Pt
and daughter asked not to use heating or cold packs on the area.
"""),
("2021-02-19", "Dermatology Consult", """
DERMATOLOGY 02/19/2021
79F with a painful L lateral thigh lesion. Renal fn: CKD 3b, never dialysed. Meds incl warfarin
(since 2016, AF).
Path (deep incisional bx 2/12 at the edge): subcutaneous capillaries and arterioles calcified,
several plugged by fibrin; fat necrosis; no vasculitis; stains for organisms neg.
Diagnosis - calciphylaxis without ESRD (non-uremic), established by this biopsy.
Exam today: 6.5x5cm retiform purpura, central eschar, indurated, exquisitely tender. No other
lesions.
Comment: it developed inside the ecchymosis from her in-hospital fall of 12/31/20; minor trauma
is a recognised trigger, and warfarin, obesity and female sex add to her risk.
Plan: ask cardiology to change warfarin to apixaban; IV sodium thiosulfate via infusion suite;
wound clinic weekly; gabapentin low dose for pain.
"""),
]}

E06 = {"patient_id": "E06", "age": 55, "sex": "M", "notes": [
("2022-03-02", "Home PD Unit RN Clinic Visit", """
HOME DIALYSIS UNIT - PD RN CLINIC VISIT 03/02/2022
55 M, nightly CCPD for 2 yrs, adequacy OK in Jan (Kt/V 1.9/wk). T2DM - linagliptin
alone, no insulin. No anticoagulation.
BP 138/84, 101.4kg, BMI 31.8. Exit site clean.
Anemia: darbepoetin 60 mcg SC every 2 wks, he self-injects it in both anterior thighs -
started last spring when his Hgb dropped.
NEW: tender firm lump L anterior thigh, he first felt it 2 wks ago; now purplish with a dark
centre, 7/10. Lacy mottling around it. No fever. Denies a fall or bumping the leg.
Plan: photos sent to Dr. Lindqvist (renal); next darbepoetin dose on hold pending her review;
pt told to come in if pain gets worse or the skin opens.
"""),
("2022-03-09", "Medical Admission Handover (SBAR)", """
SBAR handover - 8 West Med - 3/9/22 1900
S: 55M admitted from PD clinic today for pain control + work-up of L thigh wound.
B: ESRD on CCPD (own cycler, renal RN to set up at 2200), T2DM on an oral agent, obese.
A: L anterior thigh - violaceous plaque, indurated, 5x4cm, center now necrotic and black,
   net-like livedo at margins. Pain 9/10, guarding, won't flex the hip fully.
   VS 36.8 / 98 / 151-88 / RR 20 / sat 97% RA. Ca 10.1 (corr ~10.8), phos 6.8, alb 3.1.
R: derm to biopsy tomorrow a.m., NPO after 0600. Hydromorphone IV PRN -
   ask team re PCA if still uncontrolled. VTE ppx: up in hall, SCDs while in bed. Wife to bring
   PD supplies list.
"""),
("2022-03-15", "Dermatology Consult Follow-up", """
DERM FOLLOW-UP 3/15/2022
Bx 3/10 (L anterior thigh): stippled calcium along subcutaneous arteriole walls; lumens
thrombosed; vK stain +.
Diagnosis: calciphylaxis, confirmed.
Exam: L anterior thigh plaque 5.5x4cm, eschar now dry and adherent; R thigh clear.
Notable: the plaque is centred in the L anterior thigh skin he has used for his darbepoetin shots
since spring 2021; injection sites are a known trigger for localized lesions.
Recs: ESA by the IV route via dialysis unit from now on; stop all subcutaneous injections into
either thigh; STS per nephrology; wound RN for dressings; check phosphate and PTH weekly.
"""),
]}

E07 = {"patient_id": "E07", "age": 48, "sex": "F", "notes": [
("2025-07-20", "Medical Ward Shift Report", """
7 NORTH MED - RN SHIFT REPORT 07/20/25 0700
Rm 709-A, 48 F, full code.
Adm 7/18 from HD unit: hyperK 6.6 + dyspnea; better after 2 runs.
PMH: ESRD, dialysis MWF at Harbor Rd unit (R brachiocephalic fistula, no BP R arm); T2DM on insulin (pens into
both thighs at home; here lispro scale, site per pt); class III obesity (BMI 42.7); big ventral
hernia - gen surg declined to operate. Wears an elastic abdominal binder over the lower belly
since May and insists on keeping it on 24/7, in bed too.
DVT L leg 2015 - warfarin x6 mo back then, not since.
Skin: pannus folds intact, no moisture damage; binder off for skin check each shift, then back on.
VS 36.6 / 80 / 150-76 / RR 18 / sat 96% RA. Fingerstick 188 at 0630.
"""),
("2025-07-28", "SBAR - New Skin Finding", """
SBAR to covering MD - 7/28/25 2010
S: 709-A has a painful new dusky area low on her abdomen.
B: 48F, ESRD (HD), insulin-requiring DM, BMI 42.7, in since 7/18 with hyperkalemia; d/c planned for
   tomorrow.
A: R lower abdomen just above the pannus crease: band-shaped 9x3cm area of retiform purple
   discoloration, centre dusky grey, skin firm and cold, pain 8/10 to any touch. Pt first
   noticed it 3 days ago but "didn't want to be a bother to the nurses".
   VS 37.2 / 94 / 162-80.
R: please assess tonight; hold the discharge; derm + wound consults in a.m.? Dry gauze over it
   for now, no tape.
"""),
("2025-08-04", "Nephrology Consult Follow-up", """
NEPHROLOGY FOLLOW-UP - 8/4/2025
Bx 7/30 (derm, R lower abdominal plaque): calcific uremic arteriolopathy - arteriolar medial
calcification w/ thrombi + fat necrosis, vasculitis absent.
R lower abdomen: now 10x4cm, eschar forming centrally, two small purpuric satellites below it.
Chem: cCa 9.4, phos 8.2 (H), PTH 1340 (H), alb 2.9 (L).
Plan: thiosulfate 25g IV, run into the circuit over the final hour; cinacalcet 60 mg; stop calcium acetate, start
sevelamer; lengthen HD to 4 h; low-phosphate diet teaching; wound RN following; palliative team
for pain. Weight 117kg, BMI 42.3.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
