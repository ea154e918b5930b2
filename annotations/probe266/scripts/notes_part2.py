"""probe266 corpus notes, Q08-Q14 (transfer-centre call logs and the receiving hospital's notes; all invented)."""

Q08 = {"patient_id": "Q08", "age": 68, "sex": "M", "notes": [
("2021-10-27", "Transfer Centre Call Log", """
Harrowgate UMC Transfer Centre - call log
Wed 27/10/2021  19:40      ref TC21-2954
Referrer: Dr. Lavinia Crabtree, medical registrar, Ashbeck County Hospital.
Pt: 68M, ESRD on HD (MWF), gout, HFpEF. No diabetes. Not anticoagulated.
Story: gout flare in both knees from 03/10/2021; ice since then: frozen gel packs strapped
to each knee, hours a day. On 20/10/2021 a painful purple mottled patch
appeared over the R knee, then the same over the L knee some days after; each now
has a black centre.
Wt 104 kg.
Q: calciphylaxis vs septic prepatellar bursitis. Wants derm - none at Ashbeck.
19:52  Accepted by Dr. Jude Abernathy (nephrology).
20:05  Bed: 6E-05, first bed tomorrow 0900.
"""),
("2021-10-28", "Nephrology Admission Note", """
ADMISSION NOTE - Nephrology 6E          28 Oct 2021
68 y/o man from Ashbeck County. ESRD (IgA nephropathy); Ashbeck Dialysis
MWF, L AVF (2018).
Gout, colchicine-intolerant; flare in both knees began 3 Oct -> prednisone taper and
ice packs to both knees several hours daily, continued until this week.
No DM. Never anticoagulated.
Exam: 104.2kg / 178cm -> BMI 32.8 (obese). R knee, anteromedial: 6x5cm violaceous
plaque w/ a black central eschar. L knee, medial: livedoid plaque 3x3cm, centre starting to
go dusky. No effusion, ROM preserved.
Aspiration of R prepatellar bursa: dry tap.
Labs: urate 8.4, iPTH 720, PO4 7.2 mg/dL, Ca 9.9.
A/P: calciphylaxis suspected at both knees, i.e. where the cold packs sat. Stop ice. Derm
consult + bx, STS, low-Ca bath.
"""),
("2021-11-02", "Dermatology Consult", """
DERMATOLOGY CONSULT      2021-11-02
Bx 10/29, R knee plaque: calcified subcutaneous small vessels, thrombi, necrotic fat;
von Kossa +. Cryoglobulins neg, cold agglutinins neg.
Dx: calciphylaxis, both knees (R worse than L), arising where he iced the knees daily
from 3 Oct 2021. R onset 20 Oct, L approx 23 Oct.
Recs: no ice, no heat; STS with HD; ask renal about uptitrating cinacalcet; wound care
Xeroform + ABD pad, change daily; analgesia per palliative team.
Pt tearful - wants to be home for his granddaughter's wedding mid-Nov; palliative aware.
"""),
]}

Q09 = {"patient_id": "Q09", "age": 60, "sex": "M", "notes": [
("2022-06-13", "Transfer Center Call Log", """
TRANSFER CENTER LOG     June 13, 2022     #22-1650
13:05  Call: Dr. Tobiah Okonkwo-Reyes, Greyhaven Critical Access Hosp.
       60M, ESRD, HD 3x wk (L AVG); DM2 on insulin; obesity (BMI ~40); OSA on
       CPAP.
       Ulcers, posterior thighs bilat, x 1 month, black, v painful; now
       purulent drainage R side, T 38.2.
       Referring: "I think this is calciphylaxis but I have never seen one."
       Started vanc/pip-tazo.
13:16  Accepting: Dr. Priyanka Haldane (nephro), ID + derm to consult. No ICU need.
13:30  Bed mgmt: 6E-20 at 1700.
"""),
("2022-06-14", "Nephrology Admission", """
NEPHROLOGY ADMISSION    06/14/2022
60M with ESRD (DKD) on HD since 2020, DM2 x 15 yr on insulin (glargine 60u + aspart
with meals). Injects only in the belly - "never my legs". No warfarin, no anticoagulants.
HPI: ~1 mo of ulcers on both posterior thighs, began as hard, painful lumps. Denies
injury, heating pads or cold packs, long car rides or sitting on hard surfaces.
Exam: 131kg, BMI 40.3. Posterior thighs bilat: several stellate ulcers (2-5 cm) - black
eschar, retiform purpura; the R one has purulent slough. Abdomen:
lipohypertrophy at his injection spots but no purpura/ulcer.
A/P: presumed calciphylaxis with superinfection R thigh. Continue abx, surgery for
debridement, derm bx, STS.
"""),
("2022-06-20", "Dermatology Follow-up", """
Derm f/u   6/20/22
Bx L posterior thigh (6/15): calciphylaxis - arteriolar calcification, thrombosis,
panniculitis. Wound cx R thigh: MSSA.
Debrided R thigh in OR 6/17.
Assessment: bilateral posterior thigh calciphylaxis, R secondarily infected.
Abdominal insulin sites: still no lesions.
Plan: sodium thiosulfate 25g w/ every HD session; cefazolin dosed after HD; NPWT to R thigh per wound team;
fine to keep insulin in the abdomen; dietitian for protein intake.
Pt rates pain 5/10 today, first decent night's sleep (6 h) since the OR.
"""),
]}

Q10 = {"patient_id": "Q10", "age": 64, "sex": "F", "notes": [
("2024-04-26", "Transfer Center Call Log", """
HUMC TRANSFER CENTER
Fri 04/26/2024  22:14        case TC24-1133
Ref: Dr. Marguerite Olowe, ED, Okeford Memorial.
S: 64F HD pt w/ enlarging R calf ulcer, pain 10/10, foul odour today.
B: ESRD on HD (TTS, R AVF); DM2 on linagliptin, no insulin; L leg DVT
   2022 - still on warfarin; HTN. Ulcer began around April 3 as a purple, painful patch
   on the R calf. Has been icing it at home to numb it, and knocked it on her
   wheelchair footrest 4/20 - bigger since.
A: T 37.9, WBC 14, INR 2.7.
R: needs derm / wound / vascular.
22:31 accepted by Dr. Casimir Adeyemi (hospitalist); nephrology to consult.
22:40 Bed: 5N-12 at 0200.
"""),
("2024-04-27", "Hospital Medicine H&P", """
H&P - Hospital Medicine 5N        4/27/24  0230
64F; DKD -> ESRD; R forearm AVF, HD TTS. DM2: linagliptin only, insulin never.
Warfarin since a L femoral DVT 8/2022.
HPI: R posterior calf: painful purple blotch first noticed 4/3/24, progressed to a black
ulcer. Since it appeared she presses frozen-pea bags onto it for the pain, many
times daily. On 4/20 she struck the ulcer on the footrest of her wheelchair; it
bled and has grown since. No injury to that calf before the sore started (pt and
daughter agree).
Exam: T 37.8. 78.9kg, BMI 29.6 (overweight). R posterior calf: ulcer 7x6cm, black
eschar w/ yellow slough, retiform purpura at the rim, malodorous. L leg without
lesions. Pedal pulses felt.
A/P: necrotic R calf ulcer, ?calciphylaxis w/ superinfection. IV abx, wound care, derm
bx; hold warfarin pending bx.
"""),
("2024-04-30", "Wound Care RN Note", """
WOUND CARE RN NOTE      30-Apr-2024
R posterior calf ulcer 7.2x6.1x0.3cm; eschar ~40% / slough ~60%; serous drainage,
moderate; around the wound retiform purpura + induration. Odor better on abx.
Per pt: ice bags on the wound since early April, bumped on the footrest 4/20 - both
after the wound had started.
Tx: cleansed w/ hypochlorous solution, collagenase to eschar, Ca alginate, ABD,
secured with paper tape on unbroken skin only. No compression.
Educated pt + daughter: stop putting ice on the wound; pad the footrest.
Next: q48h and prn.
"""),
("2024-05-03", "Dermatology Consult", """
DERMATOLOGY CONSULT - 5/3/2024
Punch bx R calf edge (4/29): subcutaneous arterioles - medial wall calcification;
luminal thrombi; fat necrosis -> calciphylaxis.
Dx: R posterior calf calciphylaxis (onset 3 Apr 2024). The icing and the footrest knock
both came after onset; no local trauma before it that we could find.
Exam: ulcer size unchanged from the wound RN's measurement; no new lesions elsewhere.
Recs: warfarin -> apixaban (discussed w/ renal + heme); STS with HD TTS; wound RN plan
as is; palliative consult for pain. Derm clinic 3 wks.
"""),
]}

Q11 = {"patient_id": "Q11", "age": 57, "sex": "F", "notes": [
("2021-03-08", "Transfer Center Call Record", """
TRANSFER CENTER - CALL RECORD         Mon 3/8/2021
0930  Caller: Dr. Augustin Ferreby (hospitalist), Quillon Valley Hosp.
      57F on PD (CAPD) x 4 yrs, AF on warfarin, obese, not diabetic.
      Painful hard plaques on both lateral thighs x 3 wks, 2 now with black centres.
      Suspects calciphylaxis; no dermatology locally.
      INR 2.9. Afebrile.
0941  Accepting: Dr. Ottoline March (nephrology) - accepted; PD RN notified.
0948  Transport note: pt brings her own CAPD bags (4 exchanges/day); husband will
      drive separately.
0955  Bed mgmt: 6E-08 ready now. BLS.
"""),
("2021-03-09", "Nephrology Admission", """
NEPHROLOGY ADMISSION - 6E        Mar 9, 2021
57F; FSGS -> ESRD; CAPD since 2017. AF, warfarin since 2019. HTN. Obesity. Not
diabetic (A1c 5.2).
HPI: ~3 wks: both lateral thighs w/ painful indurated plaques. She receives no SC
meds at all. No heat packs, no icing, no falls; clothes across the thighs not tight (she
denies all).
Exam: 97.9kg, BMI 36.4. Lateral thighs bilat: R 8x6cm, L 6x5cm; violaceous,
indurated, black eschar centrally on each; livedo racemosa reaching onto the
buttocks. PD catheter exit RLQ healthy, no lesions on the abdomen.
Labs: alb 2.9 (low); Ca 9.4; PO4 6.1; iPTH 390; INR 3.1 (on warfarin).
A/P: suspected warfarin-associated calciphylaxis in a non-diabetic. Hold warfarin; if
bridging is needed use a heparin drip only - nothing injected SC into the thighs. Derm bx.
"""),
("2021-03-15", "Dermatology Consult Follow-up", """
DERM CONSULT F/U       15-03-2021
Bx L lateral thigh 3/10: calciphylaxis (arteriolar calcification, thrombosis, septal
panniculitis).
Dx: calciphylaxis of both lateral thighs. No prior trauma at these sites.
Counselled: thighs - no heat, no ice; should insulin or LMWH ever be needed,
do not inject near the lesions.
Warfarin stopped for good; cardiology starting apixaban. STS 3x/wk via the infusion
clinic (PD pt).
Wound: hydrocolloid to eschars, review weekly.
Pain: gabapentin 100 mg after the evening exchange + oxycodone prn. Baseline photos in
chart (Haiku upload).
"""),
]}

Q12 = {"patient_id": "Q12", "age": 52, "sex": "F", "notes": [
("2025-01-21", "Transfer Center Call Log", """
TRANSFER CENTER CALL LOG - HUMC
21 Jan 2025, 16:48         Case 25-0121-11
Referring: Dr. Solveig Aranda, Kestrel Bay Medical Center (internal medicine).
52 yo F; ESRD, dialysis TTS through RUE AVF; DM2 on weekly semaglutide (no insulin);
R-sided sciatica; AF on apixaban (never warfarin).
Problem: exquisitely painful indurated plaque L buttock since the 1st wk of January,
now ulcerated w/ black eschar. Pt puts a microwaved wheat bag on her R buttock for the
sciatica most evenings, since December.
Concern: calciphylaxis; needs derm bx and STS.
BMI has run 29-30 over the past yr.
16:59  Accepted by Dr. Benedikt Sorensen (nephro).
17:10  Bed: 6E-12, ETA 2100.
"""),
("2025-01-22", "Nephrology H&P", """
NEPHROLOGY H&P       01/22/2025
52F transfer. ESRD 2/2 lupus nephritis (quiescent) + DM2; HD TTS since 2021.
Semaglutide 1mg SC qweek (abdomen); no insulin ever. Apixaban for AF; has never
taken warfarin.
HPI: L buttock pain began ~Jan 5, followed by a hard purple plaque that ulcerated last
week. She warms the R buttock/hip w/ a wheat bag for R sciatica since December - "never
the left side". No fall, no IM shots in the buttocks.
Exam: 82.6kg, BMI 30.6. L upper inner buttock: ulcer 6x5cm, black eschar stuck to its
base, retiform purpura around. R buttock: faint brown reticulated erythema ab igne only,
without plaque/ulcer. Abdomen: semaglutide sites clean.
A/P: suspected calciphylaxis L buttock. Derm bx, STS, wound RN, low-Ca bath.
"""),
("2025-01-27", "Dermatology Consult", """
Dermatology consult - Jan 27, 2025
Bx L buttock (1/23): calciphylaxis. No lymphoid infiltrate or mucin to suggest lupus
panniculitis.
Assessment: calciphylaxis of the L buttock. The only local heat exposure is to the R
buttock (erythema ab igne there, no lesion) - i.e. the opposite side from the ulcer.
Exam today: L buttock ulcer 6x5cm, eschar adherent, purpuric rim unchanged. R buttock:
pigment only.
Plan: stop the wheat bag anyway; STS 25g post-HD; wound care; pain; turning schedule per
nursing; weight counselling (BMI 30.6).
"""),
]}

Q13 = {"patient_id": "Q13", "age": 70, "sex": "M", "notes": [
("2019-08-12", "Transfer Center Call Log", """
HUMC Transfer Center      8/12/2019 (Mon)  10:05
Call from Dr. Fionnuala Strand (nephrologist), Penhallow Valley Hosp.
70 yo M, ESRD - PD 2014-2017, in-center HD since; DM2 on insulin; had bx-proven R thigh
calciphylaxis in 2016 - at the old insulin injection spots; healed by 2017.
Now: 10 days of a painful black ulcer L calf w/ purpuric rim. Strand "pretty sure this
is recurrent calciphylaxis." Wants parathyroid surgery eval + STS, neither offered at
Penhallow.
10:18  Accepted: Dr. Jude Abernathy (nephrology).
10:30  Bed: 6E-15 at 1400.
"""),
("2019-08-13", "Nephrology Admission Note", """
NEPHROLOGY ADMISSION NOTE       13 Aug 2019
70M. DKD -> ESRD. PD 2014-2017, moved to HD after repeated peritonitis; currently HD
MWF (L AVF). DM2 on glargine - since the 2016 episode injects his abdomen only.
Warfarin for AF was stopped in 2016 when calciphylaxis was dx'd -> apixaban.
HPI: L calf lesion began ~8/2 as a painful red-purple patch, now ulcer w/ eschar.
Pt: no knocks, no injury to the L leg; nothing hot or cold applied; never injected
there.
Exam: 84kg, BMI 27.5. L posterolateral calf: eschar 4x3cm, border of retiform purpura.
R lateral thigh: old atrophic white scars from 2016, healed, nothing active. Abdomen:
insulin sites clear.
iPTH 1320; PO4 7.0; Ca 10.2.
A/P: calciphylaxis, recurrent, L calf. STS, derm bx to confirm, ENT/surgery re
parathyroidectomy.
"""),
("2019-08-19", "Dermatology Consult", """
DERM CONSULT       2019-08-19
Bx L calf (8/14): calciphylaxis confirmed.
Hx: R thigh calciphylaxis in 2016 at his then insulin sites - resolved.
Current: single lesion L posterolateral calf; no trauma at this location beforehand.
Exam: eschar 4x3cm, purpuric border, no satellite lesions. R thigh: atrophic scars only.
Pain 7/10 - gabapentin started at renal dose. Pt and son asked about recurrence risk
after parathyroid surgery; discussed honestly.
Recs: STS continue; parathyroidectomy booked for 8/23; wound care w/ hydrogel + foam;
no injections into the legs.
"""),
]}

Q14 = {"patient_id": "Q14", "age": 61, "sex": "F", "notes": [
("2023-07-10", "Transfer Center Bed Request", """
TRANSFER CENTER - BED REQUEST        07/10/2023  11:30
Caller: Dr. Ravindra Ashworth, hospitalist, Millbrook Community Hospital.
61F, ESRD, HD 3 days/wk (Millbrook unit), L upper arm AVG; morbid obesity (BMI 45); HTN; not
diabetic. Admitted there 7/7 w/ "cellulitis" of the pannus, no better on cefazolin; now
a necrotic patch w/ violaceous net-like border on the lower pannus. Referring suspects
calciphylaxis.
Accepting: Dr. Yusra Halloran (nephrology) - accepted; derm + surgery to see.
Bed: 6E-04 at 1600. Bariatric bed + lift requested.
"""),
("2023-07-11", "Nephrology Admission", """
NEPHROLOGY ADMISSION    7/11/23
61F; ESRD (HTN / obesity-related FSGS); HD MWF since 2020. Not diabetic; no insulin.
Never on warfarin.
HPI: pain in the lower pannus since ~late June, then purple mottling and a black patch.
No abdominal injections ever, per pt. Heat/ice: no; never wears tight
waistbands. Her husband (diabetic) gives himself insulin shots in his stomach and
she sometimes helps him.
Exam: 126kg, BMI 45.0. Lower pannus, midline to R: black eschar 10x7cm, retiform
purpura, induration; intertrigo in the fold, no ulcer there.
A/P: suspected calciphylaxis of the pannus. Punch bx today at bedside; STS after bx;
wound + surgery input.
"""),
("2023-07-17", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP     July 17, 2023
Punch bx pannus 7/11: calciphylaxis (path: calcium in subcut arteriole walls,
thrombosis, fat necrosis).
Assessment: lower abdominal pannus calciphylaxis. No trauma there before it began;
the bx came afterwards. Bx site clean, sutures out.
Exam: pannus eschar 10x7cm, margins stable, no fresh purpura. Pain better on a
hydromorphone PCA. Prognosis discussed with pt and husband; they want full treatment.
Plan: STS 3x/wk; surgery to consider debridement; wound care with Dakin's-moistened
gauze bid; bariatric pressure-redistribution mattress; f/u 1 wk.
"""),
]}

PATIENTS = [Q08, Q09, Q10, Q11, Q12, Q13, Q14]
