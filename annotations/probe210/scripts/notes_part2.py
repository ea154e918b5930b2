"""probe210 corpus notes, F08-F14 (holiday and transient dialysis and the clinics around it; all invented)."""

F08 = {"patient_id": "F08", "age": 61, "sex": "M", "notes": [
("2025-04-22", "Away Unit Treatment Note", """
CORRAN BAY HOLIDAY DIALYSIS - guest treatment record
Tues 22/04/25   Guest: Mr Bartholomew Nnadi (home: Stanwick Renal)
Stay: 14/04 - 30/04, slots Tue/Thu/Sat
PRE  wt 121.4 (EDW 119.0)   BP 158/92   HR 80   T 36.9
Access: R BC AVF, 15G x2, cannulated by JW, good flow.
Skin: graze to the L shin, about 4 x 1.5cm, from catching it on the
hotel pool ladder on Easter Sunday. Edges a bit ragged, no foreign
material. Cleaned with saline, Steri-Strips x2, non-adherent dressing
+ light bandage. Tetanus in date (2022).
UF 2.4L, QB 350, 4h. Pt had a short run on Sat due to slot clash - made up today.
POST wt 119.1  BP 136/80
Advised to keep the dressing dry in the pool / sea.
"""),
("2025-05-02", "Return-Home Letter", """
Corran Bay Holiday Dialysis
To the Renal Team, Stanwick                             2 May 2025
Re: Bartholomew Nnadi, 61 (ESRD, HD)
Mr Nnadi had 7 uneventful sessions with us between 15/04 and 29/04.
Average IDWG 2.3 kg, all sessions 4h. Pre-dialysis BP mostly 150s/80s.
He has no diabetes (HbA1c 39 in your packet). Weight 119.3 kg, BMI 38.4.
Minor injury: a superficial graze to the left shin on 20/04 from a pool
ladder, dressed here; it was healing well at his last session.
Bloods 22/04: Hb 109, K 5.4, Ca 2.44, PO4 2.12, PTH 57, alb 35.
No new meds. Copy of all run sheets enclosed.
With best wishes,
Sr A. Penhallow, Clinical Lead
"""),
("2025-05-27", "Vascular and Wound Clinic Note", """
STANWICK VASCULAR / WOUND CLINIC   27/05/2025
61M, HD via R arm AVF, obesity (BMI 38.4), no DM, no anticoagulants.
PC: painful L leg ulcer. Began three weeks ago as an exquisitely painful
purple patch, then went black.
O/E: L anterior shin: 3x2cm ulcer, capped with a tarry eschar, a halo of
livedo racemosa round it, marked tenderness out of proportion. Foot pulses
palpable, ABPI L1.05 R1.10. No oedema.
Histology (derm punch from ulcer edge 23/05/25): calcium-encrusted media
in hypodermal arterioles, occluding thrombus, dead fat - fits
calciphylaxis.
Plan: refer renal for sodium thiosulfate, switch to non-calcium binder,
gentle wound care only (avoid sharp debridement), pain team. Review 2 weeks.
Mr K. Dalloway, Vascular Surgeon
"""),
]}

F09 = {"patient_id": "F09", "age": 66, "sex": "F", "notes": [
("2018-02-12", "Holiday Dialysis Transfer Packet", """
ROSSLYN PARK DIALYSIS - HOLIDAY TRANSFER SUMMARY
Mrs Hazel Tennant, 66    unit no RP-5521
Holiday unit: Sandhaven Visitor Dialysis, 26 Feb - 16 Mar 2018
ESRD (diabetic kidney disease), HD MWF since 2015.
T2DM: Lantus 22 units at night + Novomix with meals. Injection sites:
L hemi-abdomen only (her choice - says it's easier; for years now).
Access: L radiocephalic AVF; please avoid L arm BP.
Rx: 4 hrs, BFR 300, 2K/1.5Ca, FX60. EDW 84.5 kg. BMI 34.0.
Bloods 05/02/18: Hb 101, PO4 2.3, Ca 2.50, PTH 96, HbA1c 61.
Hep B sAg neg, HCV neg, HIV neg (30/01/18). MRSA neg.
Warfarin: never. Skin intact.
"""),
("2018-03-07", "Away Unit Treatment Note", """
Sandhaven Visitor Dialysis - Wed 07/03/18, session 5
Mrs H. Tennant (Rosslyn Park)
Pre: 86.1kg  BP 167/84  HR 78  T 36.6   BM 9.3
AVF L arm, 15G x2, no issues. UF 1.7L.
Skin: pt worried about a new painful mottled area in the right lower
quadrant of her abdomen, since Sunday 4th March. About 4cm, firm, purple
net pattern, one dusky spot in the middle. Insulin sites
(L abdomen only) look clean - no lumps, no bruising.
Dr on call (Dr Fairlie) reviewed: ?calciphylaxis, photos sent to Rosslyn
Park renal registrar, advised urgent derm on return (home Fri 16th).
Post: 84.6kg BP 140/76.
"""),
("2018-03-22", "Dermatology Clinic Letter", """
Rosslyn Park Dermatology
Hazel Tennant, 66 - seen 22/03/2018
Diagnosis: calciphylaxis, right lower abdomen - confirmed on biopsy
The right lower abdominal plaque was biopsied (incisional, 19/03/18):
calcified, thrombosed hypodermal arterioles and septal panniculitis. The plaque is now 6cm with early ulceration.
She is adamant: every insulin dose for years has gone left of the midline; the right lower abdomen has not had injections, surgery or any
injury, and I found no marks there. Left-sided injection sites normal.
BMI 34.0, insulin-treated T2DM, HD.
Plan: sodium thiosulfate via renal, wound care (Inadine + foam), pain
review, stop calcium carbonate. Review in 2 weeks.
Dr C. Aldous
"""),
]}

F10 = {"patient_id": "F10", "age": 74, "sex": "M", "notes": [
("2023-06-14", "Away Unit Treatment Note", """
TIDEWELL VISITOR DIALYSIS   14-06-2023   Guest tx 4 of 9
Mr Lionel Ostrander, 74, from Quarry Hill Renal
Obs pre: 83.9kg (EDW 82.0), BP 149/77, AP 66, temp 36.3
Access: R brachiobasilic AVF, 16G x2.
PMH per packet: ESKD (chronic pyelonephritis), no diabetes, AF - warfarin
until 2020, since then apixaban 2.5mg bd. Chronic L-sided lumbago.
Comfort: at home he keeps a warm gel pack against his L lower back
through each run (since January) - we provided one here too.
New problem: tender, hard, purplish patch, upper outer L buttock,
noticed early June. Skin intact but mottled, 3cm.
Told home unit. Dr Kaur (visiting) to see Fri.
UF 1.9L, 4h run. Post 82.1kg, BP 131/72.
"""),
("2023-06-30", "Return-Home Letter", """
Tidewell Visitor Dialysis                          30/06/2023
Dear Dr Mbeki,
Lionel Ostrander dialysed with us 07/06/23 - 28/06/23 (9 sessions).
Runs uneventful; average UF 2.0 L; BP 130-150 systolic.
Main issue: a painful lesion of the upper outer L buttock which started
in early June. By discharge it was a 4cm violaceous plaque with a small
central ulcer. Our visiting dermatologist thought calciphylaxis likely
and took a punch biopsy 23/06; result to follow to you.
Heat pack (L lower back) stopped as a precaution.
Labs 21/06: Hb 113; corrCa 2.58; phos 2.02; PTH 39; ALP 140.
Weight 82.2kg, BMI 28.2.
Kind regards, Dr J. Kaur
"""),
("2023-07-12", "Dermatology Clinic Letter", """
Quarry Hill Dermatology
Re: Lionel Ostrander  (DOB 30/11/1948)
Biopsy from the left buttock (Tidewell, 23/06/2023): calciphylaxis.
I reviewed him today. The lesion is a 5x4cm necrotic plaque in the
upper-outer L buttock, well below the belt line. He
used a heat pack over the L lower back during dialysis; that lumbar skin
is normal, with no erythema ab igne, and the lesion is separate from it.
No falls or knocks. Previous warfarin (stopped 2020) is noted.
Plan: STS, cinacalcet review with renal, pressure-relieving cushion,
dressings by district nurses. Review 4 wks.
Dr E. Hawtrey
"""),
]}

F11 = {"patient_id": "F11", "age": 58, "sex": "F", "notes": [
("2022-06-16", "Holiday Clinic Note", """
Isle of Corrach Medical Practice - temporary resident
16/06/22  Mrs Fionnuala Brack, 58. On holiday 08/06-29/06. CAPD x4/day
(bags delivered to the cottage by Vantive Home).
Diabetes: type 2, was on insulin until 2020, now diet only (HbA1c 44).
BMI 32.2. No warfarin.
PC: tender R outer-thigh lump, present since Fri 10/06/22.
O/E: R lateral thigh 3x3cm indurated plaque, violaceous, netlike
edge, very tender; no wound; afebrile.
PD: exit site fine; bags draining clear.
Imp: ?calciphylaxis ?panniculitis. Discussed with her renal unit on the
phone - they will see her on return. Dressing (foam) for comfort, analgesia.
"""),
("2022-06-22", "Minor Injuries Unit Note", """
CORRACH MINOR INJURIES UNIT - 22/06/2022 14:10
Pt: Fionnuala Brack, 58, visitor, PD patient.
Hx: tripped on the ferry gangway at 09:30, went down onto her R side.
Head spared; fully conscious throughout. Walking since.
O/E: bruise 8 x 6 cm over the R lateral thigh and R hip, tender. The
foam dressing on her existing R thigh plaque was still intact; the plaque
itself looks unchanged from her photo of 16/06.
Hip: full ROM, can SLR, no shortening/rotation - X-ray not indicated.
Obs: BP 128/70, P 88, SpO2 98%, BM 7.6.
Plan: simple analgesia, ice to the bruise 10 min at a time, safety-net
advice. Letter to GP and renal unit.
"""),
("2022-07-05", "Dermatology Clinic Letter", """
Brackenridge Dermatology
Re: Fionnuala Brack
Thank you for seeing her urgently. Right lateral thigh, deep incisional
bx 28/06/2022 - calciphylaxis (vascular calcification in the fat
lobules, necrotic fat).
Timeline: the plaque appeared on 10 June while she was on holiday;
twelve days later (22/06) she fell on a ferry gangway and bruised the
same area. The fall therefore came after the plaque, and she recalls no
knocks, heat or injections there before it.
Now 5 cm with a central eschar. Bruise resolving.
Background: ESRD on CAPD, T2DM now diet-controlled, obesity (BMI 32.2).
Plan: discussed STS with renal, calcium-free binder, dressings.
Dr H. Munro
"""),
]}

F12 = {"patient_id": "F12", "age": 64, "sex": "M", "notes": [
("2025-12-10", "Holiday Dialysis Transfer Packet", """
OAKRIDGE RENAL CENTRE - VISITING PATIENT REQUEST (Christmas/New Year)
Pt: Mr Dariusz Wolanin, 64   ORC-30077
Visiting his daughter. Requested: Fenmarsh Dialysis Unit, 15/12/25-07/01/26
ESKD (DKD); in-centre haemodialysis Mon, Wed and Fri from 2017.
T2DM on insulin (Tresiba 30u + Fiasp) into the abdomen. Metal mitral
valve so on WARFARIN - INR wanted 2.5-3.5 (mitral target), done on Mondays.
Mircera 100mcg SC monthly into the abdomen, last given 01/12/25.
Access: L BC fistula. Rx 4.5h, Qb 350, 2K/1.0Ca, no heparin.
EDW 118.5kg. BMI 41.0.
Wound: L medial calf, since late November, 2 x 2 cm, sloughy base,
painful. Under our TVN; please redress at each session - Aquacel Ag and
Mepilex Border, secured with Hypafix tape.
Bloods: Hb 106, PO4 2.4, Ca 2.6, PTH 102, INR 3.1.
"""),
("2025-12-19", "Away Unit Treatment Note", """
Fenmarsh Dialysis Unit - visitor session note 19-Dec-25
D. Wolanin (Oakridge). Sess 3.
Pre 120.3kg / BP 161/79 / HR 72 / T 36.8. INR 2.9.
L BC AVF 16G x2, good.
L medial calf wound 3 x 2.5cm, black eschar centre, lilac mottling around,
pain 7/10 with dressing changes. Redressed per home plan (Aquacel Ag,
Mepilex border, tape).
Visiting dermatologist Dr Okafor took a 4mm punch biopsy from the wound
edge today, 1 suture. ?calciphylaxis.
UF 2.5L. Post 117.9kg BP 139/74. BM 10.8.
"""),
("2025-12-30", "Away Unit Physician Note", """
FENMARSH DIALYSIS - medical review    30/12/2025
Histology (L calf punch, 19/12): calcified hypodermal arterioles,
clot inside them, fat necrosis: calciphylaxis.
Today: eschar lifting at the edge with slough beneath; TVN trimmed away
loose slough chairside (conservative sharp debridement).
Post-dressing he finds a cool flannel laid on top eases the pain.
STS 25g IV now infused towards the end of each session.
Warfarin must continue (mechanical valve) - discussed with cardiology,
keep INR at lower end of range.
Insulin/Mircera sites on the abdomen: normal skin.
Wt 117.6kg post. BMI 40.6.
Dr G. Trelawny
"""),
("2026-01-09", "Return-Home Letter", """
Fenmarsh Dialysis Unit
Dear Dr Asante (Oakridge),
Re: Dariusz Wolanin, visitor 15/12/25 - 07/01/26.
Thank you for sending Mr Wolanin. He completed 10 sessions. Important
new diagnosis: L medial calf calciphylaxis (bx 19/12/25).
Received 5 doses of STS (well tolerated, mild nausea). Wound reviewed each
session; now 3.5x3cm with partial eschar after chairside debridement.
No new lesions elsewhere.
Warfarin continued with INR 2.6 - 3.0.
Sevelamer increased; calcium-containing bath stopped.
Post-dialysis weight on last run 117.4kg (BMI 40.6).
Yours, Dr G. Trelawny
"""),
]}

F13 = {"patient_id": "F13", "age": 52, "sex": "F", "notes": [
("2021-11-17", "Away Unit Treatment Note", """
GLASMERE VISITOR RENAL UNIT - treatment note  17/11/2021
Ms Priya Ambrose, 52, visiting from Eastcombe Renal (staying with son
until 30/11). HD Tu/Th/Sa.
Pre: wt 97.8 (EDW 96.0), BP 172/94, P 90, T 36.7
R IJ tunnelled line - locked with citrate, exit site clean.
Skin: painful hard patches, both inner thighs, since 12 Nov. L medial
thigh 5cm violaceous plaque with net-like edge; R medial thigh 3cm,
same. She denies any knock, fall, heat, tight clothing or injections -
"nothing has touched my legs". No insulin, no diabetes.
Dr Sayle reviewed - ?calciphylaxis; derm (Glasmere Royal) asked to see
Friday.
UF 1.8L, 4h. Post 96.1kg.
"""),
("2021-11-24", "Dermatology Consult", """
Glasmere Royal Infirmary - Dermatology
Ms Priya Ambrose, 52
Bilateral medial thigh plaques since 12/11/2021; L now has a central
eschar. Punch biopsy R medial thigh 19/11/21: calcified hypodermal vessel
walls with thrombi = calciphylaxis.
History again negative for trauma: no injections ever into the thighs,
no heat, no trauma.
Obesity (BMI 35.5), ESRF on HD via line, no DM, never had warfarin.
Advice: keep hot-water bottles and electric blankets off the thighs;
avoid any injections into the legs; wear loose clothing.
Any new lesion: same-day review.
Plan: STS via renal, stop calcium carbonate, analgesia, Atrauman dressings.
Dr M. Igwe
"""),
("2021-11-29", "Return-Home Letter", """
To: Eastcombe Renal Unit                           29 November 2021
Re: Priya Ambrose, 52, Glasmere visitor 06/11 - 30/11/21
Dear colleagues,
Ms Ambrose has calciphylaxis of both medial thighs, proven on biopsy (details
in the enclosed derm letter). STS started 22/11 - 3 doses given.
For her flight home we considered enoxaparin prophylaxis but decided
against it; none was given. Flight stockings were also not advised.
Her hepatitis B booster is now due - please give it into the L deltoid at
your unit next week.
She still denies any injury to the thighs.
Last obs: post wt 95.9kg, BMI 35.5, BP 148/86.
Kind regards, Dr A. Sayle
"""),
]}

F14 = {"patient_id": "F14", "age": 70, "sex": "M", "notes": [
("2017-07-19", "Away Unit Treatment Note", """
HOLLINS BAY HOLIDAY DIALYSIS - camping-season visitor
19/07/17   Mr Ewart Spurling, 70 (Dunmore Renal)   tx 2
Pre wt 141.2kg (EDW 139.0)  BP 144/70  HR 82  T 36.9   CBG 12.9
AVF R BC 15G x2.
Skin: blister 3cm on the L sole - walked barefoot across hot paving
at the campsite yesterday afternoon. Deroofed by himself. Cleaned,
Mepitel + gauze. Foot pulses present. Type 2 DM on insulin (Humulin I
into thighs), neuropathy - advised footwear at all times.
UF 2.2L over 4h. BP stable.
Post 139.0kg.
"""),
("2017-07-26", "Away Unit Treatment Note", """
HOLLINS BAY - visitor tx note 26.7.17 (tx 5)
Mr E. Spurling
Pre 141.0kg BP 152/76 T 36.8
R heel: new grade 2 pressure ulcer 1.5cm - he sits with his heels
jammed against the chair footplate for the whole 4h run at home and here.
Heel offloading boot applied for runs.
L sole burn healing, clean.
ALSO: pannus - very painful firm purple-black plaque with lacy edge on the
lower pannus, 7cm, onset roughly 10 days ago, he thinks. Not a pressure
area. ?calciphylaxis - PTH 150, PO4 2.6. Photos to Dunmore.
Dr Royle (visiting) aware.
Post 139.1kg. BMI 44.0.
"""),
("2017-08-09", "Dermatology Clinic Letter", """
Dunmore Dermatology
Ewart Spurling, 70 - lower pannus calciphylaxis (biopsy-proven)
I saw him on return from his holiday at your request. The lower
pannus plaque is now an 8cm necrotic ulcer. Deep biopsy 02/08/17:
calciphylaxis. There has been no trauma, injection, heat or surgery to
the pannus - his insulin goes into his thighs only.
Two other wounds were reviewed: the R heel ulcer is pressure damage
caused by the dialysis chair footplate, and the L sole lesion is a healing
thermal burn from hot paving. Neither has features of calciphylaxis.
BMI 43.6. HD, insulin-treated T2DM, no warfarin.
Plan: STS, wound care to pannus, offloading for the heel, podiatry.
Dr F. Lindqvist
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
