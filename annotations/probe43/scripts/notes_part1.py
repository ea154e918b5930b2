"""probe43 corpus notes, R01-R07 (physiotherapy, occupational therapy, podiatry; all invented)."""

R01 = {"patient_id": "R01", "age": 59, "sex": "F", "notes": [
("2020-02-14", "OT Initial Assessment", """
OCCUPATIONAL THERAPY - INITIAL ASSESSMENT (outpatient, Kestrel Road clinic)
Referred by: renal SW for ADL review + bathing eqpt.
Background: 59F, lives w/ partner in 2nd floor flat (lift works). On haemodialysis Tue/Thu/Sat at Brookfield satellite unit since 2017 - ESRD 2/2 diabetic nephropathy. T2DM, started basal insulin in June 2019; she draws up and self-injects, and shows me she always uses the L lower abdomen - "low down, just left of the tummy button, it's the only bit I can see past my tummy".
Subjective: c/o very sore patch on L side of tummy, noticed Tuesday 2/11, now can't bend to put socks on without it catching.
Obs: skin L lower abdo - hard purplish area ~ palm size, darker almost black middle, skin around it blotchy/net-like. Did not touch beyond light palpation as v. painful (7/10). Pt's GP aware, she is seeing derm next wk.
Function: indep transfers, mod difficulty w/ LB dressing due to pain on flexion. Bath - cannot step over rim.
Wt 88.2kg, BMI 33.6 per renal chart.
Plan: sock aid + long-handled sponge issued; bath board trial at HV. Advised to tell diabetes nurse about pain at injection area.
Sarah Mensah, OT
"""),
("2020-03-03", "OT Home Visit", """
OT HV - 2nd visit
Update since last seen: derm did a biopsy on 21/02; result discussed with pt by renal cons = calciphylaxis, at the place her insulin has gone in since last June. Diabetes team have moved her injections to the R thigh meanwhile. She is starting sodium thiosulphate on dialysis.
Today: lesion L lower abdomen now has a firm black crust centrally and dressing in situ (district nurses doing it 3x/wk). Pt guarding ++ on trunk flexion.
Bath board + swivel seat fitted & practised; pt managed transfer in/out with SBA then indep x2. Uses high-waisted loose joggers now, elastic waistbands avoided over the wound.
Goals: indep bathing (met), LB dressing w/ aids (partially met).
"""),
("2020-05-18", "OT Review (telephone)", """
Telephone review, pt at home. Reports the wound on her tummy is "drying up" per DN, pain down to 3-4/10 with regular paracetamol. Managing bathing and dressing with the equipment. Still on HD 3x/wk. Insulin going into thighs now, alternating sides.
No further OT needs identified - discharged from OT caseload. Re-refer PRN.
"""),
]}

R02 = {"patient_id": "R02", "age": 72, "sex": "M", "notes": [
("2021-11-24", "Physiotherapy Review", """
MSK Physio - review appt (knee OA, R>L)
S: 72yo gent, known to service since summer. Puts a microwaved wheat bag over the front of his right knee most evenings since August as per HEP (heat before exercises) - admits he often falls asleep with it on. About 3 weeks ago a "blood blister" came up over the R knee, anteriorly, just below the kneecap and has gone hard and dark.
PMH: ESKD on APD overnight (peritoneal), AF on warfarin, HTN. No diabetes. BMI 27.2.
O: R anterior knee, inferior to patella: plum-coloured plaque roughly 3 by 2.5 cm, eschar (black) in its middle, surrounding livedo-like mottling, exquisitely TTP. Some reticulated brown staining round it too. Knee ROM 5-105 R (pain-limited), 0-120 L.
A: not for me to diagnose - skin lesion needs medical r/v before any further heat or manual tx to this area.
P: heat STOPPED. Emailed GP + renal CNS with photo (consented). Continue isometric quads / SLR only. Review 2/52.
T. Abernethy MCSP
"""),
("2021-12-09", "Physiotherapy Review", """
Physio r/v. Pt seen by renal team and derm on 1 Dec - letter in notes says clinical + histological dx of calciphylaxis of the R knee, thought to have been provoked by the repeated heat from the wheat bag over the same spot. Warfarin being switched over to apixaban.
Knee wound now dressed, pt mobile with 1 stick, pain 6/10 on stairs. Avoiding kneeling.
Tx: gentle AROM within pain, seated quads, step-ups deferred. No thermal modalities, no taping over R knee.
Plan: r/v 3/52.
"""),
("2022-01-06", "Physiotherapy Discharge", """
Discharge summary - physio
Pt attended 6 sessions. Knee function improved (ROM now 0-115 R). R knee calciphylaxis wound managed by tissue viability, healing slowly. Continues PD at home. Ind w/ HEP (no heat). D/C to self-management.
"""),
]}

R03 = {"patient_id": "R03", "age": 64, "sex": "F", "notes": [
("2023-03-07", "Wheelchair Service - Handover", """
WHEELCHAIR SERVICE - HANDOVER OF NEW CHAIR
Client: 64 y/o female, bilat BKA? NO - correction: R BKA 2021, L leg intact. T2DM (metformin, gliclazide - not on insulin), HD via L AVF Mon/Wed/Fri. Weight 118 kg, BMI 42.0.
Equipment: self-propelled chair, seat width 20" (client requested narrow frame to fit through bathroom door at home). Fixed side guards. 3" foam cushion.
Fit check: hips snug against both side guards, pressure mapping not done today (equipment fault). Client happy with width for doorways, declined wider frame.
Advised to report any red marks on hips/thighs. Follow up 6 wks.
"""),
("2023-05-02", "Seating Review", """
Seating review (urgent - requested by HD nurse)
Client reports since mid-April dark, agonising patches along the outer aspect of BOTH thighs, exactly where the side panels of the new chair press in. Sitting in it all day, 10+ hrs.
On inspection: L lateral thigh: hard purple-black area 6x4cm with a tiny open centre; R lateral thigh 4 x 4 cm similar, crust intact. Both sit under the side guard line. Netted purple discolouration round both. Client crying with pain on transfers.
Pressure mapping in current chair: peak pressures over both lateral thighs 140+ mmHg.
Action: chair swapped today to 22" frame with padded removable side guards; cushion upgraded to air-cell. Photos sent to renal team. Wt today 116 kg (BMI 41.3).
"""),
("2023-06-13", "Seating Review", """
Seating r/v. Renal letter 19/05/2023: skin biopsy L thigh - calciphylaxis. Treating with STS on dialysis, wound care by TVN. Both lateral thigh wounds dressed, no new areas. Pressure mapping in 22" chair: lateral thigh pressures now <40 mmHg. Client reports pain easing, sitting tolerance 4 hrs. Continue air cell; review 3 months.
"""),
]}

R04 = {"patient_id": "R04", "age": 70, "sex": "M", "notes": [
("2022-09-14", "Podiatry Procedure Note", """
Podiatry - nail surgery
Procedure: partial nail avulsion, L hallux medial border, phenol x 3 applications. Ring block 2% plain lignocaine (3 ml). Tourniquet 6 min.
Indication: recurrent ingrown toenail w/ paronychia x3 in 12 months.
PMH: T2DM on insulin (Lantus + Novorapid), ESRD on haemodialysis, PVD - palpable DP L, weak PT. Took warfarin until 2021 for a DVT (now stopped).
Post-op: dressing applied, pt given written aftercare. Re-dress 3 days with practice nurse. Review 2/52.
"""),
("2022-11-08", "Podiatry Review", """
Podiatry r/v - was due 28/09 but DNA (pt in hospital with line infection).
Pt says toe was healing fine until just after Halloween, when the end of the big toe on the left went dusky then black and became excruciating, keeps him up at night.
O/E L hallux: medial nail fold where avulsion done has a dry black eschar extending over the tip and dorsum of the toe approx 2 cm, surrounded by purple reticulate mottling up onto dorsum of foot. No pus, no cellulitis. DP pulse L now difficult to palpate. R foot: intact, callus 1st MTPJ.
Not typical post-phenol appearance. Urgent referral to vascular + renal. No sharp debridement today.
BMI 28.4.
"""),
("2022-12-06", "Podiatry Review", """
Podiatry r/v.
Vascular: no flow-limiting disease on duplex. Derm/renal MDT 24/11: calciphylaxis of the L great toe, developing in the nail surgery site. Now on STS. Warfarin not restarted.
Eschar L hallux dry, stable, painted with povidone. Offloading with post-op shoe. Pt still on HD Tue/Thu/Sat. Continue 2-weekly podiatry, no debridement unless advised by MDT.
"""),
]}

R05 = {"patient_id": "R05", "age": 78, "sex": "F", "notes": [
("2024-01-03", "Falls Service - PT Assessment", """
COMMUNITY FALLS SERVICE - PHYSIOTHERAPY ASSESSMENT
Hx of fall: on New Year's Eve, got up in the night to the commode, feet tangled in the bedside rug, fell onto her right side. On floor ~40 mins till neighbour heard. Ambulance crew: no fracture, big bruise R hip.
PMH: ESRD on PD (CAPD x4 exchanges), AF on warfarin, OA both knees. No diabetes. BMI 30.0 (wt 77 kg).
O/E: large purple-yellow bruise over R greater trochanter, ~10 cm. TUG 24 s with frame. Berg 38/56.
Plan: rug removed, commode moved closer, pendant alarm, strength + balance programme (Otago) 2x/wk.
"""),
("2024-01-24", "Falls Service - PT Visit", """
PT home visit (3rd).
Pt very distressed - says the bruise on her right hip has "turned into a black hole", started on the 19th Jan. Declined exercises today due to pain 9/10 on WB.
Looked at skin with consent: over the R lateral hip, in the centre of the fading bruise, a 4 cm black hard patch with a purple star-shaped edge and mottled skin round it. Not the usual look of a healing bruise.
Rang GP - same day visit arranged. Exercises paused.
"""),
("2024-02-20", "Falls Service - PT Visit", """
PT HV. Pt back home after 2 wk admission. Discharge summary: skin biopsy R hip - calciphylaxis, arising within the post-fall haematoma. Warfarin stopped and changed to apixaban. CAPD continues, IV STS not possible so on IP regimen per renal.
Mobility: frame, TUG 31 s. Restarting seated Otago exercises only. Hip wound dressed daily by DN.
Falls risk remains high - reviewed rugs/lighting again.
"""),
]}

R06 = {"patient_id": "R06", "age": 66, "sex": "M", "notes": [
("2019-05-21", "Hand Therapy / OT Note", """
OT (hand therapy) - R shoulder and hand
66M, 3 wks post R distal radius ORIF? no - post cast removal R wrist (conservative). CKD stage 3a (eGFR 52), no dialysis. Not diabetic. Wt 112 kg BMI 35.2.
Meds note: recently came off warfarin after a PE and now gets SC heparin shots from the district nurse, who alternates between the two posterior upper arms (started beginning of May).
Tx: wrist AROM, tendon glides, putty. Edema mild.
Plan: 1/52.
"""),
("2019-08-06", "OT Note", """
OT r/v. Pt reports dark sore area behind his R upper arm, present since "late July", right where the nurse puts the heparin in. Lifting arm to comb hair now painful.
Obs: R posterior upper arm - firm dusky plaque about 5 cm across, blackened at the centre and surrounding mottled purple network. L arm injection sites: small bruises only.
Advised to show GP/nurse urgently - not for OT to assess. Wrist: AROM near full.
"""),
("2019-09-10", "OT Note", """
OT - final session.
Derm biopsy 15/08/19 = non-uremic calciphylaxis, R arm (posterior, upper), arising where the heparin went in; heparin now stopped, on apixaban. Wound dressed by DN.
Hand/wrist: full function, grip 28 kg R vs 34 kg L. Shoulder flexion limited to 120 by pain from the arm wound. D/C from hand therapy.
"""),
]}

R07 = {"patient_id": "R07", "age": 61, "sex": "F", "notes": [
("2025-04-08", "Physiotherapy Initial Assessment", """
PHYSIOTHERAPY - INITIAL ASSESSMENT
Dx: L medial gastrocnemius strain - gradual onset of calf pain over 2/52 while increasing her walking, no specific incident.
PMH: ESRF on HD (M/W/F, R arm fistula), insulin-dependent T2DM (Tresiba + Fiasp), BMI 28.9.
O: TTP L medial calf mid-belly, no bruising, Thompson neg, pain on resisted PF.
Tx: education, calf stretches, HEP given. Talked through cold/heat - I would rather she didn't use either with her reduced foot sensation, so plan is simple analgesia + graded loading.
"""),
("2025-05-21", "Physiotherapy Follow-up", """
Physio f/u.
Since Easter Sunday (pain flared after a long walk) she has applied frozen gel packs to the back of her left calf several times a day, mostly with no towel between pack and skin. Two weeks ago noticed a very painful purple area exactly where the packs sit. Now dark in the middle.
O: L posterior calf: 7 x 4 cm violaceous, firm plaque; black necrotic centre, lacy purple margins; calf muscle itself less tender than skin. R calf normal.
A: skin change not consistent with muscle injury; ?cold injury / other - needs medical review.
P: stop ice immediately. Contact renal unit today - HD nurse to review on dialysis tomorrow. Pause loading exercises.
"""),
("2025-06-17", "Physiotherapy Follow-up", """
Physio f/u. Renal: biopsy-proven calciphylaxis L calf (histology 28/05/25), triggered at the site of the cold packs per consultant. STS with HD. Wound care by TVN.
Calf strain symptoms largely resolved. Gait: antalgic d/t wound pain. Tx: gait re-ed, seated ankle pumps. No cryotherapy or heat to either leg.
"""),
]}

PATIENTS = [R01, R02, R03, R04, R05, R06, R07]
